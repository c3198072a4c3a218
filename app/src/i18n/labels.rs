//! Names of the shared codes (agency kinds, matrix cells and orders) in each language
//! (`## labels` in the .ftl files). The model's own `label()` stays English for CSV files and
//! logs; en.ftl says the same (a test keeps them equal).

use super::{Key, Locale};
use crate::model::{
    accounts::AgencyKind,
    reports::{CellStatus, MatrixSort},
};

impl Locale {
    pub fn agency_kind(self, kind: AgencyKind) -> &'static str {
        self.t(match kind {
            AgencyKind::LawEnforcement => Key::AgencyKindLawEnforcement,
            AgencyKind::BorderImmigration => Key::AgencyKindBorderImmigration,
            AgencyKind::Health => Key::AgencyKindHealth,
            AgencyKind::SocialWork => Key::AgencyKindSocialWork,
            AgencyKind::CivilSociety => Key::AgencyKindCivilSociety,
            AgencyKind::InternationalOrg => Key::AgencyKindInternationalOrg,
            AgencyKind::Other => Key::AgencyKindOther,
        })
    }

    pub fn cell_status(self, status: CellStatus) -> &'static str {
        self.t(match status {
            CellStatus::NotStarted => Key::CellStatusNotStarted,
            CellStatus::InProgress => Key::CellStatusInProgress,
            CellStatus::Passed => Key::CellStatusPassed,
            CellStatus::Failed => Key::CellStatusFailed,
            CellStatus::Overdue => Key::CellStatusOverdue,
        })
    }

    pub fn matrix_sort(self, sort: MatrixSort) -> &'static str {
        self.t(match sort {
            MatrixSort::Name => Key::MatrixSortName,
            MatrixSort::Overdue => Key::MatrixSortOverdue,
            MatrixSort::LeastDone => Key::MatrixSortLeastDone,
            MatrixSort::LowestScore => Key::MatrixSortLowestScore,
        })
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn english_names_are_the_models_labels() {
        for kind in AgencyKind::ALL {
            assert_eq!(Locale::En.agency_kind(kind), kind.label());
        }
        for status in CellStatus::ALL {
            assert_eq!(Locale::En.cell_status(status), status.label());
        }
        for sort in MatrixSort::ALL {
            assert_eq!(Locale::En.matrix_sort(sort), sort.label());
        }
        assert_eq!(Locale::Ar.cell_status(CellStatus::Overdue), "متأخر");
    }
}
