//! `nln` command tests: one binary (link time on 2 cores), one module per command family.

mod audio_cli;
mod cli;
mod cli_pictures;
mod common;
mod playback;
mod research_cli;
mod serve;
mod simulate_designs;
mod simulate_replay;
mod webhook_kill;
