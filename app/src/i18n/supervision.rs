//! Supervisors' and coordinators' pages: agency dashboard, a person's progress, country reports.

use super::Messages;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SupervisionMsg {}

impl Messages for SupervisionMsg {
    fn en(self) -> &'static str {
        match self {}
    }

    fn ar(self) -> &'static str {
        match self {}
    }
}
