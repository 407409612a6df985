//! Standard output that may be closed early (`nln simulate | head`, `| true`): the run then ends
//! quietly with success instead of panicking on a broken pipe.

use crate::failure::Failure;
use std::io::{self, Write};

/// Writes `text` and a newline to standard error: messages for the person at the terminal
/// (summaries, progress), so standard output carries only what a script reads. A closed
/// standard error loses the message and nothing else.
pub fn note(text: &str) {
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "{text}").and_then(|()| err.flush());
}

/// Writes `text` and a newline to standard output.
pub fn line(text: &str) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Err(Failure::ended("")),
        Err(e) => Err(Failure::input(e.to_string())),
    }
}
