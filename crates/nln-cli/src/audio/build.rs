//! `nln audio build`: makes every missing clip of the chosen locales in the audio folder
//! (speech engine → trim and loudness → Opus and MP3), after bringing the manifests up to date.
//! Clip files are content-addressed, so a clip that exists is up to date and a second run does
//! nothing. With `--check` nothing is written: it fails when a manifest is out of date, a clip
//! needs a human recording or a new one, or a clip file is missing.

use super::tools::{prepare_and_encode, synthesize, Engine, LAME, OPUSENC};
use super::{audio_dir, Workspace};
use crate::failure::Failure;
use crate::files::write_atomic;
use clap::ArgMatches;
use indicatif::{ProgressBar, ProgressStyle};
use nln_core::i18n::{manifest_drift, Arg, ClipStatus, Localizer, VoiceRef};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

pub fn run(loc: &Localizer, m: &ArgMatches) -> Result<(), Failure> {
    let ws = Workspace::load(loc, m)?;
    let check = m.get_flag("check");
    let out = audio_dir(m);
    // Without --lang: the locales that have a voice or recordings to play.
    let locales: Vec<String> = if m.get_one::<String>("lang").is_some() {
        ws.chosen.clone()
    } else {
        ws.chosen
            .iter()
            .filter(|l| {
                ws.voices.voice(l).is_some()
                    || ws
                        .catalog
                        .audio(l)
                        .is_some_and(|a| a.clips.values().any(|c| c.status == ClipStatus::Recorded))
            })
            .cloned()
            .collect()
    };
    let mut problems: Vec<String> = Vec::new();
    let mut tools_checked = false;
    let mut engines: BTreeMap<String, Engine> = BTreeMap::new();
    for locale in &locales {
        let plan = ws.plan(locale);
        super::plan::report(loc, locale, &plan);
        let path = ws.manifest_path(locale);
        let drift = manifest_drift(ws.catalog.audio(locale), &plan.manifest);
        if !drift.is_empty() {
            let args = [
                ("path", Arg::from(path.display().to_string())),
                ("count", drift.len().into()),
            ];
            if check {
                problems.push(loc.format("audio-plan-outdated", &args));
            } else {
                write_atomic(loc, &path, &plan.manifest.to_yaml())?;
                println!("  {}", loc.format("audio-plan-written", &args));
            }
        }
        let needs = plan.needs_recording().len();
        if needs > 0 {
            let line = loc.format(
                "audio-needs-recording",
                &[("locale", locale.as_str().into()), ("count", needs.into())],
            );
            if check {
                problems.push(line);
            } else {
                println!("  {line}");
            }
        }
        if check {
            problems.extend(plan.stale.iter().map(|s| {
                loc.format(
                    "audio-stale",
                    &[("locale", locale.as_str().into()), ("ref", s.reference.as_str().into())],
                )
            }));
        }
        // Each file once (equal texts share one), with the text it speaks.
        let mut missing: BTreeMap<&str, (&str, ClipStatus)> = BTreeMap::new();
        for (reference, clip) in &plan.manifest.clips {
            if clip.status.playable() && !(exists(&out.join(&clip.file)) && exists(&out.join(clip.fallback_file()))) {
                missing.insert(&clip.file, (plan.texts[reference].as_str(), clip.status));
            }
        }
        let (to_make, not_imported): (Vec<_>, Vec<_>) = missing
            .into_iter()
            .partition(|(_, (_, status))| *status == ClipStatus::Synthesized);
        for (file, _) in &not_imported {
            problems.push(loc.format(
                "audio-recording-not-imported",
                &[
                    ("locale", locale.as_str().into()),
                    ("file", out.join(file).display().to_string().into()),
                ],
            ));
        }
        if check {
            if !to_make.is_empty() {
                problems.push(loc.format(
                    "audio-clips-not-built",
                    &[
                        ("locale", locale.as_str().into()),
                        ("count", to_make.len().into()),
                        ("folder", out.join(locale).display().to_string().into()),
                    ],
                ));
            }
            continue;
        }
        let Some(voice) = plan.manifest.voice.as_ref().filter(|_| !to_make.is_empty()) else {
            continue;
        };
        if !tools_checked {
            for tool in [&OPUSENC, &LAME] {
                tool.require(loc)?;
            }
            tools_checked = true;
        }
        if !engines.contains_key(&voice.engine) {
            engines.insert(voice.engine.clone(), Engine::find(loc, &voice.engine)?);
        }
        let engine = &engines[&voice.engine];
        let jobs: Vec<(String, String)> = to_make
            .iter()
            .map(|(f, (t, _))| (f.to_string(), t.to_string()))
            .collect();
        let failures = make_clips(loc, locale, engine, voice, &out, &jobs)?;
        problems.extend(failures);
        println!(
            "  {}",
            loc.format(
                "audio-built",
                &[
                    ("locale", locale.as_str().into()),
                    ("built", jobs.len().into()),
                    ("folder", out.join(locale).display().to_string().into()),
                ]
            )
        );
    }
    if problems.is_empty() {
        return Ok(());
    }
    for p in &problems {
        eprintln!("{p}");
    }
    Err(Failure::input(
        loc.format("audio-check-failed", &[("count", problems.len().into())]),
    ))
}

fn exists(p: &Path) -> bool {
    p.metadata().is_ok_and(|m| m.len() > 0)
}

/// Synthesizes and encodes `jobs` (file, spoken text) on every core, with a progress bar.
/// Returns one line per clip that failed.
fn make_clips(
    loc: &Localizer,
    locale: &str,
    engine: &Engine,
    voice: &VoiceRef,
    out: &Path,
    jobs: &[(String, String)],
) -> Result<Vec<String>, Failure> {
    let dir = out.join(locale);
    std::fs::create_dir_all(&dir).map_err(|e| {
        Failure::input(loc.format(
            "error-write",
            &[
                ("path", dir.display().to_string().into()),
                ("reason", e.to_string().into()),
            ],
        ))
    })?;
    let bar = ProgressBar::new(jobs.len() as u64);
    bar.set_style(
        ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar.set_message(loc.format("audio-progress", &[("locale", locale.into())]));
    let queue = Mutex::new(jobs.iter());
    let failures = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(4);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                // The lock is released before the clip is made.
                let next = || queue.lock().ok().and_then(|mut q| q.next());
                while let Some((file, text)) = next() {
                    if let Err(reason) = make_clip(engine, voice, out, file, text) {
                        if let Ok(mut f) = failures.lock() {
                            f.push(loc.format(
                                "audio-clip-failed",
                                &[("file", file.as_str().into()), ("reason", reason.into())],
                            ));
                        }
                    }
                    bar.inc(1);
                }
            });
        }
    });
    bar.finish_and_clear();
    Ok(failures.into_inner().unwrap_or_default())
}

/// One clip: speak, prepare, encode; the intermediate WAV files are removed.
fn make_clip(engine: &Engine, voice: &VoiceRef, out: &Path, file: &str, text: &str) -> Result<(), String> {
    let opus = out.join(file);
    let mp3 = out.join(nln_core::i18n::Clip::fallback_path(file));
    let raw: PathBuf = opus.with_extension("raw.wav");
    let prepared = opus.with_extension("prepared.wav");
    let result = synthesize(engine, voice, text, &raw).and_then(|()| prepare_and_encode(&raw, &prepared, &opus, &mp3));
    let _ = std::fs::remove_file(&raw);
    let _ = std::fs::remove_file(&prepared);
    result.map(|_| ())
}
