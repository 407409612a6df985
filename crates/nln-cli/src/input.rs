//! Answers as learners type them: lines of bytes in any encoding the terminal sends, digits in
//! any script.
//!
//! Arabic, Farsi, Dari, Pashto and Urdu keyboards type `١` or `۱`, Chinese input methods `１`,
//! Punjabi `੧`: all are the number one. A byte that is not UTF-8 (a Latin-1 or CP1256 terminal)
//! makes the line unreadable as an answer, not the end of the input.

use std::io::{self, BufRead, Read};

/// Longest line kept; the rest of a longer line is read and dropped (it is no answer anyway).
const MAX_LINE_BYTES: usize = 4096;

/// The zero of every run of ten Unicode decimal digits (`Nd`) outside ASCII, from the Unicode
/// Character Database 14.0 (each run holds the digits 0–9 in order).
const DIGIT_ZEROS: [u32; 65] = [
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20,
    0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0,
    0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0,
    0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a decimal digit in any script.
pub fn digit_value(c: char) -> Option<u32> {
    if let Some(d) = c.to_digit(10) {
        return Some(d);
    }
    let cp = u32::from(c);
    let i = DIGIT_ZEROS.partition_point(|&z| z <= cp).checked_sub(1)?;
    let d = cp - DIGIT_ZEROS[i];
    (d < 10).then_some(d)
}

/// The line with every decimal digit as ASCII, full-width space and comma as ASCII ones, and
/// surrounding white space removed.
pub fn normalize(line: &str) -> String {
    line.chars()
        .map(|c| match c {
            '\u{3000}' => ' ',
            '\u{FF0C}' | '\u{060C}' | '\u{3001}' => ',',
            c => digit_value(c).and_then(|d| char::from_digit(d, 10)).unwrap_or(c),
        })
        .collect::<String>()
        .trim()
        .to_string()
}

/// Reads answer lines from any `BufRead`.
pub struct Answers<R> {
    reader: R,
}

impl<R: BufRead> Answers<R> {
    pub fn new(reader: R) -> Answers<R> {
        Answers { reader }
    }

    /// The next line, normalized; `None` at the end of the input. Invalid UTF-8 becomes U+FFFD
    /// (so the line does not fit and the learner is asked again).
    pub fn next_line(&mut self) -> io::Result<Option<String>> {
        let mut bytes = Vec::new();
        let n = Read::take(&mut self.reader, MAX_LINE_BYTES as u64).read_until(b'\n', &mut bytes)?;
        if n == 0 {
            return Ok(None);
        }
        if bytes.last() != Some(&b'\n') && n == MAX_LINE_BYTES {
            // Drop the rest of an over-long line.
            let mut rest = Vec::new();
            loop {
                rest.clear();
                let m = Read::take(&mut self.reader, MAX_LINE_BYTES as u64).read_until(b'\n', &mut rest)?;
                if m == 0 || rest.last() == Some(&b'\n') {
                    break;
                }
            }
            return Ok(Some("\u{FFFD}".into()));
        }
        Ok(Some(normalize(&String::from_utf8_lossy(&bytes))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_every_script_the_locales_use_are_numbers() {
        // Arabic-Indic, Extended Arabic-Indic (Farsi, Dari, Pashto, Urdu), Devanagari, Gurmukhi,
        // full-width, Ethiopic has no decimal digits (Tigrinya keyboards type ASCII).
        for (typed, value) in [
            ("١", "1"),
            ("۱", "1"),
            ("१", "1"),
            ("੧", "1"),
            ("１", "1"),
            ("٣ ١ ٢", "3 1 2"),
            ("３，１，２", "3,1,2"),
            (" ۹ ", "9"),
            ("q", "q"),
            ("𝟘", "0"),
        ] {
            assert_eq!(normalize(typed), value, "{typed}");
        }
        assert_eq!(digit_value('٠'), Some(0));
        assert_eq!(digit_value('Ⅳ'), None, "roman numerals are not decimal digits");
        assert_eq!(digit_value('፩'), None, "Ethiopic numerals are not decimal digits");
        assert_eq!(
            digit_value('\u{6FA}'),
            None,
            "just past the Extended Arabic-Indic digits"
        );
    }

    #[test]
    fn invalid_utf8_is_a_line_not_the_end() {
        let input: &[u8] = b"\xff\xfe\n1\n\xd9\xa1\n";
        let mut answers = Answers::new(input);
        assert_eq!(answers.next_line().unwrap().as_deref(), Some("\u{FFFD}\u{FFFD}"));
        assert_eq!(answers.next_line().unwrap().as_deref(), Some("1"));
        assert_eq!(answers.next_line().unwrap().as_deref(), Some("1"));
        assert_eq!(answers.next_line().unwrap(), None);
    }

    #[test]
    fn over_long_lines_are_dropped_whole() {
        let mut input = vec![b'1'; MAX_LINE_BYTES * 3];
        input.extend_from_slice(b"\n2\n");
        let mut answers = Answers::new(&input[..]);
        assert_eq!(answers.next_line().unwrap().as_deref(), Some("\u{FFFD}"));
        assert_eq!(answers.next_line().unwrap().as_deref(), Some("2"));
        assert_eq!(answers.next_line().unwrap(), None);
    }
}
