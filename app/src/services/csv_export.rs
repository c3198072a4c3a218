//! CSV downloads: UTF-8 with a byte-order mark (so Excel shows Arabic), and every cell that a
//! spreadsheet would run as a formula neutralised.

/// A CSV document of `header` and `rows`.
pub fn to_csv(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(vec![0xEF, 0xBB, 0xBF]);
    // Writing to memory cannot fail.
    let _ = writer.write_record(header.iter().map(|h| neutralise(h)));
    for row in rows {
        let _ = writer.write_record(row.iter().map(|c| neutralise(c)));
    }
    writer.into_inner().unwrap_or_default()
}

/// A cell starting with `= + - @`, tab or carriage return gets a leading apostrophe, so a
/// spreadsheet shows it as text instead of running it — unless it is a plain signed number
/// (`-5`, `+0.25`), which a spreadsheet reads as a number and nothing else.
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_signed_number(cell) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

fn is_signed_number(cell: &str) -> bool {
    let digits = cell.strip_prefix(['+', '-']).unwrap_or(cell);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole) && all_digits(fraction)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_a_bom_keeps_arabic_and_defuses_formulas() {
        let bytes = to_csv(
            &["name", "score"],
            [
                vec!["رانيا خليل".into(), "=1+1".into()],
                vec!["@SUM(A1)".into(), "-5".into()],
                vec!["-2+3".into(), "+0.25".into()],
                vec!["+".into(), "-1.".into()],
            ],
        );
        assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF]);
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        assert_eq!(
            text, "name,score\nرانيا خليل,'=1+1\n'@SUM(A1),-5\n'-2+3,+0.25\n'+,'-1.\n",
            "plain signed numbers stay numbers; anything else is defused"
        );
    }
}
