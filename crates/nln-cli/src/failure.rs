/// A failed or ended command: an already localized message and the exit code
/// (0 ended by choice, 1 bad input, 2 wrong usage).
#[derive(Debug)]
pub struct Failure {
    pub message: String,
    pub code: u8,
}

impl Failure {
    /// Bad input: unreadable files, invalid content, a session that cannot go on.
    pub fn input(message: impl Into<String>) -> Failure {
        Failure {
            message: message.into(),
            code: 1,
        }
    }

    /// An end that is nobody's error: the learner chose to stop, or the reader of the output
    /// went away (`nln … | head`).
    pub fn ended(message: impl Into<String>) -> Failure {
        Failure {
            message: message.into(),
            code: 0,
        }
    }
}

impl Failure {
    /// A usage error (exit code 2): an option value that names nothing.
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure {
            message: message.into(),
            code: 2,
        }
    }
}
