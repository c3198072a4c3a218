//! Names of the shared codes (agency kinds, matrix cells and orders) in each language. The
//! model's own `label()` stays English for CSV files and logs.

use super::Locale;
use crate::model::{
    accounts::AgencyKind,
    reports::{CellStatus, MatrixSort},
};

impl Locale {
    pub fn agency_kind(self, kind: AgencyKind) -> &'static str {
        match self {
            Locale::En => kind.label(),
            Locale::Ar => match kind {
                AgencyKind::LawEnforcement => "إنفاذ القانون",
                AgencyKind::BorderImmigration => "الحدود والهجرة",
                AgencyKind::Health => "الصحة",
                AgencyKind::SocialWork => "العمل الاجتماعي",
                AgencyKind::CivilSociety => "المجتمع المدني",
                AgencyKind::InternationalOrg => "منظمة دولية",
                AgencyKind::Other => "أخرى",
            },
        }
    }

    pub fn cell_status(self, status: CellStatus) -> &'static str {
        match self {
            Locale::En => status.label(),
            Locale::Ar => match status {
                CellStatus::NotStarted => "لم يبدأ",
                CellStatus::InProgress => "قيد الإنجاز",
                CellStatus::Passed => "اجتاز",
                CellStatus::Failed => "لم يجتز",
                CellStatus::Overdue => "متأخر",
            },
        }
    }

    pub fn matrix_sort(self, sort: MatrixSort) -> &'static str {
        match self {
            Locale::En => sort.label(),
            Locale::Ar => match sort {
                MatrixSort::Name => "الاسم",
                MatrixSort::Overdue => "الأكثر تأخراً",
                MatrixSort::LeastDone => "الأقل إنجازاً",
                MatrixSort::LowestScore => "الأدنى درجة",
            },
        }
    }
}
