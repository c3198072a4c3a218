//! The referral directory: whom an officer calls for a suspected victim, per country and city.
//! Kinds, who is served, spoken languages and phone numbers are types; the rules that decide
//! what a phone number is and when an entry is stale are pure functions here.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::locale::Locale;

/// What a service is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ServiceKind {
    PoliceUnit,
    Shelter,
    Hotline,
    Health,
    Psychosocial,
    LegalAid,
    ChildProtection,
    UnAgency,
    Ngo,
}

impl ServiceKind {
    pub const ALL: [ServiceKind; 9] = [
        ServiceKind::PoliceUnit,
        ServiceKind::Shelter,
        ServiceKind::Hotline,
        ServiceKind::Health,
        ServiceKind::Psychosocial,
        ServiceKind::LegalAid,
        ServiceKind::ChildProtection,
        ServiceKind::UnAgency,
        ServiceKind::Ngo,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ServiceKind::PoliceUnit => "police_unit",
            ServiceKind::Shelter => "shelter",
            ServiceKind::Hotline => "hotline",
            ServiceKind::Health => "health",
            ServiceKind::Psychosocial => "psychosocial",
            ServiceKind::LegalAid => "legal_aid",
            ServiceKind::ChildProtection => "child_protection",
            ServiceKind::UnAgency => "un_agency",
            ServiceKind::Ngo => "ngo",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        let code = code.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// Who a service takes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Served {
    Women,
    Men,
    Children,
}

impl Served {
    pub const ALL: [Served; 3] = [Served::Women, Served::Men, Served::Children];

    pub fn code(self) -> &'static str {
        match self {
            Served::Women => "women",
            Served::Men => "men",
            Served::Children => "children",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        let code = code.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// A language a service's staff speak: the region's, and those of the people trafficked into
/// it (domestic and migrant workers from East Africa and South and South-East Asia).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Spoken {
    Ar,
    En,
    Fr,
    Tr,
    Ku,
    Fa,
    Ur,
    Am,
    Ti,
    So,
    Bn,
    Tl,
    Si,
    Ne,
}

impl Spoken {
    pub const ALL: [Spoken; 14] = [
        Spoken::Ar,
        Spoken::En,
        Spoken::Fr,
        Spoken::Tr,
        Spoken::Ku,
        Spoken::Fa,
        Spoken::Ur,
        Spoken::Am,
        Spoken::Ti,
        Spoken::So,
        Spoken::Bn,
        Spoken::Tl,
        Spoken::Si,
        Spoken::Ne,
    ];

    /// ISO 639-1.
    pub fn code(self) -> &'static str {
        match self {
            Spoken::Ar => "ar",
            Spoken::En => "en",
            Spoken::Fr => "fr",
            Spoken::Tr => "tr",
            Spoken::Ku => "ku",
            Spoken::Fa => "fa",
            Spoken::Ur => "ur",
            Spoken::Am => "am",
            Spoken::Ti => "ti",
            Spoken::So => "so",
            Spoken::Bn => "bn",
            Spoken::Tl => "tl",
            Spoken::Si => "si",
            Spoken::Ne => "ne",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        let code = code.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Reads stored or typed language codes (`ar, en;am`): the known ones, in the list's order,
/// each once, and the first code that is not one.
pub fn parse_languages(text: &str) -> Result<Vec<Spoken>, String> {
    let mut spoken = vec![];
    for code in text.split([',', ';', ' ']).map(str::trim).filter(|c| !c.is_empty()) {
        let language = Spoken::from_code(code).ok_or_else(|| code.to_owned())?;
        if !spoken.contains(&language) {
            spoken.push(language);
        }
    }
    spoken.sort();
    Ok(spoken)
}

pub fn languages_code(spoken: &[Spoken]) -> String {
    spoken.iter().map(|s| s.code()).collect::<Vec<_>>().join(",")
}

/// A phone number as shown and as dialled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phone {
    /// As the coordinator wrote it: `+961 0 000 0101`.
    pub shown: String,
    /// The `tel:` URI's number: `+9610000101` (digits, and a leading `+`).
    pub dial: String,
    /// What the number is for: "24-hour line", "WhatsApp".
    pub label: String,
}

/// What is wrong with a line of phone numbers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PhoneProblem {
    /// No number at all.
    Missing,
    /// A line that does not start with a number of 3 to 15 digits.
    NotANumber { line: String },
}

pub const MAX_PHONES: usize = 6;

/// Reads phone numbers, one per line: the number (digits, spaces, `+ - ( ) .`), then what it is
/// for. Short codes (a 3-digit hotline) count; more than 15 digits (E.164's limit) do not.
pub fn parse_phones(text: &str) -> Result<Vec<Phone>, PhoneProblem> {
    let mut phones = vec![];
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let not_a_number = || PhoneProblem::NotANumber { line: line.chars().take(60).collect() };
        let mut end = line
            .char_indices()
            .find(|(_, c)| !(c.is_ascii_digit() || " +-().".contains(*c)))
            .map_or(line.len(), |(i, _)| i);
        // "0101 24-hour line": the label's first word began with digits.
        let in_a_word = line[end..].starts_with(char::is_alphanumeric);
        if in_a_word && !line[..end].ends_with(' ') {
            end = line[..end].rfind(' ').unwrap_or(0);
        }
        let (number, label) = line.split_at(end);
        let number = number.trim();
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        let plus_first = number.starts_with('+');
        let pluses = number.matches('+').count();
        if !(3..=15).contains(&digits.len()) || pluses > usize::from(plus_first) {
            return Err(not_a_number());
        }
        let label = label.trim().trim_start_matches(['–', '—', ':', ',']).trim();
        phones.push(Phone {
            shown: number.to_owned(),
            dial: if plus_first { format!("+{digits}") } else { digits },
            label: label.chars().take(80).collect(),
        });
    }
    match phones.len() {
        0 => Err(PhoneProblem::Missing),
        _ => Ok(phones.into_iter().take(MAX_PHONES).collect()),
    }
}

/// Entries not verified for this many months are flagged to their coordinator.
pub const STALE_AFTER_MONTHS: u32 = 6;

/// Whether an entry last verified on `verified_on` (or never) is due to be checked again.
#[cfg(feature = "ssr")]
pub fn is_stale(verified_on: Option<chrono::NaiveDate>, today: chrono::NaiveDate) -> bool {
    match verified_on.and_then(|d| d.checked_add_months(chrono::Months::new(STALE_AFTER_MONTHS))) {
        Some(due) => due <= today,
        None => true,
    }
}

/// The texts of an entry in one language; any may be empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryTexts {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub hours: String,
    /// Who is served beyond women, men and children: nationalities, ages, situations.
    #[serde(default)]
    pub nationalities: String,
    /// The procedure, what to send, and what consent is needed.
    #[serde(default)]
    pub how_to_refer: String,
}

impl EntryTexts {
    pub fn is_empty(&self) -> bool {
        [&self.name, &self.address, &self.hours, &self.nationalities, &self.how_to_refer]
            .iter()
            .all(|t| t.trim().is_empty())
    }
}

/// A directory entry as an officer reads it: each text in the reader's language where it was
/// written in it, else in the first language it was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralEntry {
    pub id: i32,
    pub country_code: String,
    pub city: String,
    pub kind: ServiceKind,
    pub name: String,
    /// The language of the name shown (for `lang`), when it is not the page's.
    pub name_language: Locale,
    pub address: String,
    pub hours: String,
    pub nationalities: String,
    pub how_to_refer: String,
    pub serves: Vec<Served>,
    pub languages: Vec<Spoken>,
    pub phones: Vec<Phone>,
    pub email: String,
    pub consent_required: bool,
    pub demo: bool,
    pub verified_on: Option<String>,
    pub verified_by: Option<String>,
    pub stale: bool,
}

/// What `/referrals` is asked for (its query string). Empty means "any".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralFilter {
    pub country: Option<String>,
    pub city: Option<String>,
    pub kind: Option<String>,
    pub serves: Option<String>,
    pub language: Option<String>,
    pub q: Option<String>,
}

impl ReferralFilter {
    /// The filter's value, trimmed, or `None` when blank.
    pub fn get(value: &Option<String>) -> Option<&str> {
        value.as_deref().map(str::trim).filter(|v| !v.is_empty())
    }
}

/// The officer's page: a country's entries that match, and the choices its filters offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralDirectory {
    pub country_code: String,
    pub country_name: String,
    /// Every country with a directory: (code, name).
    pub countries: Vec<(String, String)>,
    /// The cities of this country's entries.
    pub cities: Vec<String>,
    pub entries: Vec<ReferralEntry>,
    /// How many entries the country has, before filtering.
    pub total: usize,
    /// The server's date, `YYYY-MM-DD`, for a printed sheet.
    pub today: String,
}

/// The coordinator's list of one country's entries, the stale ones first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryAdmin {
    pub country_code: String,
    pub country_name: String,
    pub entries: Vec<ReferralEntry>,
    pub stale: usize,
}

/// What a coordinator's home page says: their country, and how much of its directory is stale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountryWatch {
    pub country_code: String,
    pub country_name: String,
    pub stale: usize,
    pub entries: usize,
}

/// An entry as its edit form shows it: every language's texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryEditor {
    pub entry: ReferralEntry,
    pub form: EntryForm,
    pub history: Vec<crate::model::audit::AuditEntry>,
}

/// What the entry form sends. Check boxes arrive as maps (`serves[women]=on`), texts per
/// language (`texts[ar][name]`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryForm {
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub serves: BTreeMap<String, String>,
    #[serde(default)]
    pub languages: BTreeMap<String, String>,
    #[serde(default)]
    pub phones: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub consent_required: Option<String>,
    #[serde(default)]
    pub texts: BTreeMap<String, EntryTexts>,
}

impl EntryForm {
    /// The values typed, by the names of the form's fields, to refill it after a failure.
    pub fn typed(&self) -> BTreeMap<String, String> {
        let mut values = BTreeMap::new();
        values.insert("city".into(), self.city.clone());
        values.insert("kind".into(), self.kind.clone());
        values.insert("phones".into(), self.phones.clone());
        values.insert("email".into(), self.email.clone());
        // Check boxes by name; the form is known to have been refilled by the `kind` value.
        for code in self.serves.keys() {
            values.insert(format!("serves[{code}]"), "on".into());
        }
        for code in self.languages.keys() {
            values.insert(format!("languages[{code}]"), "on".into());
        }
        if self.consent_required.is_some() {
            values.insert("consent_required".into(), "on".into());
        }
        for (locale, t) in &self.texts {
            for (field, value) in [
                ("name", &t.name),
                ("address", &t.address),
                ("hours", &t.hours),
                ("nationalities", &t.nationalities),
                ("how_to_refer", &t.how_to_refer),
            ] {
                values.insert(format!("texts[{locale}][{field}]"), value.clone());
            }
        }
        values
    }
}

/// The columns of a directory CSV file, in the order an export writes them. An import needs
/// `name_*` (one at least), `city`, `kind` and `phones`; the others may be left out.
pub const CSV_COLUMNS: [&str; 30] = [
    "id",
    "city",
    "kind",
    "serves",
    "languages",
    "phones",
    "email",
    "consent_required",
    "verified_on",
    "demo",
    "name_en",
    "name_ar",
    "name_fr",
    "name_tr",
    "address_en",
    "address_ar",
    "address_fr",
    "address_tr",
    "hours_en",
    "hours_ar",
    "hours_fr",
    "hours_tr",
    "nationalities_en",
    "nationalities_ar",
    "nationalities_fr",
    "nationalities_tr",
    "how_to_refer_en",
    "how_to_refer_ar",
    "how_to_refer_fr",
    "how_to_refer_tr",
];

pub const CSV_REQUIRED: [&str; 3] = ["city", "kind", "phones"];

/// More rows than this go in several files.
pub const MAX_CSV_ROWS: usize = 1000;

/// One row of a directory import, as its preview shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryImportRow {
    pub line: usize,
    /// The entry it changes, or `None` for a new one.
    pub id: Option<i32>,
    pub name: String,
    pub city: String,
    pub kind: String,
    pub phones: String,
    pub problems: Vec<crate::model::problem::Problem>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryImportPreview {
    pub rows: Vec<DirectoryImportRow>,
    pub file_problem: Option<crate::model::problem::Problem>,
}

impl DirectoryImportPreview {
    pub fn valid(&self) -> usize {
        self.rows.iter().filter(|r| r.problems.is_empty()).count()
    }

    pub fn invalid(&self) -> usize {
        self.rows.len() - self.valid()
    }
}

/// The words of a lesson's referral block in a reader's language: the services that build the
/// block ask for them here, and `i18n` says them (for `Locale`), as services never import it.
pub trait ReferralWords {
    /// "Shelters: Lebanon", or "Referral services in Lebanon" for every kind.
    fn referral_heading(&self, kind: Option<ServiceKind>, country: &str) -> String;
    fn referral_all(&self, country: &str) -> String;
    fn referral_none(&self) -> String;
    /// The link of a reader who belongs to no country.
    fn referral_your_country(&self) -> String;
}

/// The block a lesson's `[[referrals]]` or `[[referrals:KIND]]` becomes.
pub const SHORTCUT: &str = "[[referrals";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_lines_give_a_number_to_dial_and_what_it_is_for() {
        let phones =
            parse_phones("+961 0 000 0101 24-hour line\n\n(06) 000-0202 — WhatsApp\n1 5 0")
                .unwrap();
        assert_eq!(phones[0].dial, "+96100000101");
        assert_eq!(phones[0].shown, "+961 0 000 0101");
        assert_eq!(phones[0].label, "24-hour line");
        assert_eq!(phones[1].dial, "060000202");
        assert_eq!(phones[1].label, "WhatsApp");
        assert_eq!(phones[2].dial, "150", "a short code is a number");
    }

    #[test]
    fn what_is_not_a_phone_number_is_refused() {
        assert_eq!(parse_phones("  \n "), Err(PhoneProblem::Missing));
        assert!(matches!(parse_phones("call the office"), Err(PhoneProblem::NotANumber { .. })));
        assert!(matches!(parse_phones("12"), Err(PhoneProblem::NotANumber { .. })));
        assert!(matches!(parse_phones("1234567890123456"), Err(PhoneProblem::NotANumber { .. })));
        assert!(matches!(parse_phones("961+000000"), Err(PhoneProblem::NotANumber { .. })));
        assert!(matches!(parse_phones("+96+1000000"), Err(PhoneProblem::NotANumber { .. })));
        // A formula is not a number either.
        assert!(matches!(parse_phones("=HYPERLINK(\"x\")"), Err(PhoneProblem::NotANumber { .. })));
    }

    #[test]
    fn languages_are_known_codes_each_once_in_a_fixed_order() {
        assert_eq!(parse_languages("en, ar;AR am"), Ok(vec![Spoken::Ar, Spoken::En, Spoken::Am]));
        assert_eq!(parse_languages(""), Ok(vec![]));
        assert_eq!(parse_languages("ar,xx"), Err("xx".into()));
        assert_eq!(languages_code(&[Spoken::Ar, Spoken::Am]), "ar,am");
    }

    #[test]
    fn an_entry_is_stale_six_months_after_it_was_verified_or_if_never() {
        let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let today = day("2026-12-03");
        assert!(!is_stale(Some(day("2026-06-04")), today));
        assert!(is_stale(Some(day("2026-06-03")), today));
        assert!(is_stale(None, today));
        // The end of a longer month: 31 August + 6 months is the last day of February.
        assert!(!is_stale(Some(day("2026-08-31")), day("2027-02-27")));
        assert!(is_stale(Some(day("2026-08-31")), day("2027-02-28")));
    }

    #[test]
    fn kinds_and_groups_round_trip_their_codes() {
        for kind in ServiceKind::ALL {
            assert_eq!(ServiceKind::from_code(kind.code()), Some(kind));
        }
        for s in Served::ALL {
            assert_eq!(Served::from_code(s.code()), Some(s));
        }
        assert_eq!(ServiceKind::from_code("spa"), None);
    }
}
