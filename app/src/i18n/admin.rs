//! The admin pages: people, countries and agencies, import, audit.

use super::Messages;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminMsg {}

impl Messages for AdminMsg {
    fn en(self) -> &'static str {
        match self {}
    }

    fn ar(self) -> &'static str {
        match self {}
    }
}
