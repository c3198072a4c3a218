//! The trainers' pages: modules, versions, lessons, questions, preview, item analysis.

use super::Messages;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthorMsg {}

impl Messages for AuthorMsg {
    fn en(self) -> &'static str {
        match self {}
    }

    fn ar(self) -> &'static str {
        match self {}
    }
}
