//! Sessions kept live between answers, so an answer costs one scoring and one selection step
//! instead of a replay (with its checks) of every earlier answer.
//!
//! The database stays the only truth. An entry is used only when the stored state is, byte for
//! byte, the state it was saved as: a session advanced by another instance, rolled back by a
//! failed commit or restored from a backup does not match and is replayed and checked from the
//! stored row again. Losing the process loses nothing but this speed-up.

use crate::flow;
use crate::problem::Problem;
use crate::store::SessionRow;
use nln_core::cat::Session;
use nln_core::content::Content;
use std::collections::HashMap;
use std::sync::Mutex;

/// Sessions kept at most; past this the least recently used one is dropped (it is replayed
/// from the database if its learner comes back). Enough for a busy instance's open sessions.
pub const CAPACITY: usize = 4096;

struct Live {
    /// The stored state this session was saved as.
    state: String,
    session: Session<'static>,
    used: u64,
}

/// The live sessions of this process.
pub struct LiveSessions {
    entries: Mutex<(u64, HashMap<String, Live>)>,
    capacity: usize,
}

impl LiveSessions {
    pub fn new(capacity: usize) -> LiveSessions {
        LiveSessions {
            entries: Mutex::new((0, HashMap::new())),
            capacity: capacity.max(1),
        }
    }

    /// The session of a stored row, taken out of memory when it was saved as exactly this state,
    /// otherwise resumed (replayed and checked) from the row.
    pub fn take(&self, content: &'static Content, row: &SessionRow) -> Result<Session<'static>, Problem> {
        let found = self.lock().1.remove(&row.id);
        match found {
            Some(live) if live.state == row.state => Ok(live.session),
            _ => flow::resume(content, row),
        }
    }

    /// Keeps a session whose state was just stored as `state`.
    pub fn keep(&self, id: &str, state: String, session: Session<'static>) {
        let mut guard = self.lock();
        let (clock, entries) = &mut *guard;
        *clock += 1;
        if entries.len() >= self.capacity && !entries.contains_key(id) {
            if let Some(oldest) = entries.iter().min_by_key(|(_, l)| l.used).map(|(k, _)| k.clone()) {
                entries.remove(&oldest);
            }
        }
        entries.insert(
            id.to_string(),
            Live {
                state,
                session,
                used: *clock,
            },
        );
    }

    /// How many sessions are live.
    pub fn len(&self) -> usize {
        self.lock().1.len()
    }

    /// True when no session is live.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, (u64, HashMap<String, Live>)> {
        // Entries are replaced whole, so a panic elsewhere cannot leave one half written.
        self.entries.lock().unwrap_or_else(|p| p.into_inner())
    }
}
