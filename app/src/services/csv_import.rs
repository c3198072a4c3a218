//! CSV uploads from spreadsheets: saved with a byte-order mark or not, and with commas,
//! semicolons (many locales' spreadsheets) or tabs (a copied range) between cells.

use std::collections::HashMap;

/// A reader over `text`, with the delimiter its first line uses, cells trimmed, and rows of
/// any length (a short row reads as empty cells).
pub fn reader(text: &str) -> csv::Reader<&[u8]> {
    let text = text.trim_start_matches('\u{feff}');
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = [b'\t', b';']
        .into_iter()
        .find(|d| first_line.contains(*d as char) && !first_line.contains(','))
        .unwrap_or(b',');
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes())
}

/// Where each column of `headers` is, by its lower-cased name.
pub fn positions(headers: &csv::StringRecord) -> HashMap<String, usize> {
    headers.iter().enumerate().map(|(i, h)| (h.to_lowercase(), i)).collect()
}
