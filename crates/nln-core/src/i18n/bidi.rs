//! Left-to-right islands in right-to-left text. A Latin run such as `-canada.ca` or `=SUM(B2:B8)`
//! inside Arabic text is displayed backwards at its edges (`canada.ca-`) unless it is isolated:
//! the neutral characters at its ends take the direction of the surrounding text. Item inf-004
//! tests exactly that minus sign, so such runs are marked in the source with first-strong
//! isolates (`{"\u2068"}…{"\u2069"}` in Fluent), and this lint finds those that are not.

/// Opens an isolate or embedding: its content is laid out on its own.
fn opens(c: char) -> bool {
    matches!(
        c,
        '\u{2066}' | '\u{2067}' | '\u{2068}' | '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}'
    )
}

fn closes(c: char) -> bool {
    matches!(c, '\u{2069}' | '\u{202C}')
}

/// Sentence punctuation, brackets and quotation marks around a Latin run belong to the sentence:
/// the bidi algorithm places them right (paired brackets, paragraph direction).
fn belongs_to_sentence(c: char, leading: bool) -> bool {
    if leading {
        matches!(c, '(' | '[' | '{' | '"' | '\'' | '«' | '“' | '‘')
    } else {
        matches!(
            c,
            '.' | ',' | ':' | ';' | '!' | '?' | ')' | ']' | '}' | '"' | '\'' | '»' | '”' | '’'
        )
    }
}

/// A character without a direction of its own at the edge of a Latin run that belongs to the
/// run (`-` of `-canada.ca`, `=` of `=SUM(…)`): it takes the direction of the right-to-left text
/// around it and moves to the wrong side.
fn is_neutral_edge(c: char, leading: bool) -> bool {
    (c.is_ascii_punctuation() || matches!(c, '…' | '–' | '—' | '·' | '•')) && !belongs_to_sentence(c, leading)
}

/// Latin runs (whitespace-separated, outside any isolate) of a right-to-left text whose first or
/// last character is a neutral that belongs to the run: each would be displayed with that
/// character on the wrong side. A left-to-right mark (U+200E) at an edge fixes it too.
pub fn unmarked_ltr_runs(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut depth = 0usize;
    let mut token = String::new();
    let mut check = |token: &mut String| {
        let has_latin = token.chars().any(|c| c.is_ascii_alphabetic());
        let first = token.chars().next();
        let last = token.chars().last();
        let bad = first.is_some_and(|c| is_neutral_edge(c, true)) || last.is_some_and(|c| is_neutral_edge(c, false));
        if has_latin && bad {
            found.push(token.clone());
        }
        token.clear();
    };
    for c in text.chars() {
        if opens(c) {
            check(&mut token);
            depth += 1;
        } else if closes(c) {
            depth = depth.saturating_sub(1);
        } else if depth > 0 {
            continue;
        } else if c.is_whitespace() {
            check(&mut token);
        } else {
            token.push(c);
        }
    }
    check(&mut token);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_latin_runs_with_neutral_edges() {
        assert_eq!(unmarked_ltr_runs("اكتب -canada.ca في البحث"), ["-canada.ca"]);
        assert_eq!(unmarked_ltr_runs("اكتب =SUM(B2:B8) في الخلية"), ["=SUM(B2:B8)"]);
        assert_eq!(
            unmarked_ltr_runs("الخيار --save أو $B$2 أو C++"),
            ["--save", "$B$2", "C++"]
        );
        // Sentence punctuation and brackets around a run are placed right by the bidi algorithm.
        assert!(unmarked_ltr_runs("ملف report.pdf. ثم (CRA)، «OK»").is_empty());
        // Letters or digits at both edges display right; so do isolated or LRM-marked runs.
        assert!(unmarked_ltr_runs("اضغط Wi-Fi ثم canada.ca").is_empty());
        assert!(unmarked_ltr_runs("اكتب \u{2068}-canada.ca\u{2069} في البحث").is_empty());
        assert!(unmarked_ltr_runs("اكتب \u{200E}-canada.ca في البحث").is_empty());
        assert!(unmarked_ltr_runs("الرقم -5 ليس كلمة").is_empty(), "no Latin letter");
        assert!(unmarked_ltr_runs("").is_empty());
    }
}
