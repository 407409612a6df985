//! `nln audio import --lang L DIR`: takes a voice talent's recordings (named as in the script,
//! `<ref>.<hash>.wav`), checks each one's length, loudness and peak, prepares and encodes it into
//! the audio folder, and records it in the manifest. A recording made from an older text is
//! refused and reported, never put in place of the current text.

use super::tools::{prepare_and_encode, read_wav, LAME, OPUSENC};
use super::{audio_dir, recording_tag, Workspace};
use crate::failure::Failure;
use crate::files::write_atomic;
use clap::ArgMatches;
use nln_core::i18n::audio::signal::{MAX_DURATION_MS, MIN_DURATION_MS, MIN_RECORDING_LUFS};
use nln_core::i18n::audio::spoken::{recorded_file, text_hash};
use nln_core::i18n::{Arg, Clip, ClipStatus, Localizer};
use std::path::PathBuf;

pub fn run(loc: &Localizer, m: &ArgMatches) -> Result<(), Failure> {
    let ws = Workspace::load(loc, m)?;
    let [locale] = ws.chosen.as_slice() else {
        return Err(Failure::usage(loc.text("audio-import-one-locale")));
    };
    let dir = m.get_one::<PathBuf>("dir").cloned().unwrap_or_default();
    let speaker = m.get_one::<String>("speaker").cloned();
    let out = audio_dir(m);
    let mut plan = ws.plan(locale);
    let entries = std::fs::read_dir(&dir).map_err(|e| {
        Failure::input(loc.format(
            "error-read",
            &[
                ("path", dir.display().to_string().into()),
                ("reason", e.to_string().into()),
            ],
        ))
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("wav")))
        .collect();
    files.sort();
    for tool in [&OPUSENC, &LAME] {
        tool.require(loc)?;
    }
    std::fs::create_dir_all(out.join(locale)).map_err(|e| {
        Failure::input(loc.format(
            "error-write",
            &[
                ("path", out.display().to_string().into()),
                ("reason", e.to_string().into()),
            ],
        ))
    })?;
    let (mut imported, mut rejected) = (0usize, 0usize);
    for path in &files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let reject = |id: &str, args: &[(&str, Arg<'_>)]| {
            println!(
                "{}",
                loc.format(
                    "audio-import-rejected",
                    &[("file", name.as_str().into()), ("reason", loc.format(id, args).into())]
                )
            );
        };
        // `<ref>.<hash>.wav`
        let stem = name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s);
        let Some((reference, tag)) = stem.rsplit_once('.') else {
            reject("audio-reason-name", &[]);
            rejected += 1;
            continue;
        };
        let Some(spoken) = plan.texts.get(reference).cloned() else {
            reject("audio-reason-unknown", &[("ref", reference.into())]);
            rejected += 1;
            continue;
        };
        let hash = text_hash(&spoken);
        if tag != recording_tag(&hash) {
            reject("audio-reason-stale", &[("ref", reference.into())]);
            rejected += 1;
            continue;
        }
        let measure = match read_wav(path) {
            Ok(signal) => signal.measure(),
            Err(e) => {
                reject("audio-reason-unreadable", &[("detail", e.into())]);
                rejected += 1;
                continue;
            }
        };
        let seconds = |ms: u32| format!("{:.1}", f64::from(ms) / 1000.0);
        if !(MIN_DURATION_MS..=MAX_DURATION_MS).contains(&measure.speech_ms) {
            reject(
                "audio-reason-duration",
                &[
                    ("seconds", seconds(measure.speech_ms).into()),
                    ("min", seconds(MIN_DURATION_MS).into()),
                    ("max", seconds(MAX_DURATION_MS).into()),
                ],
            );
            rejected += 1;
            continue;
        }
        if measure.loudness.is_none_or(|l| l < MIN_RECORDING_LUFS) {
            let lufs = measure.loudness.map_or("-∞".to_string(), |l| format!("{l:.0}"));
            reject(
                "audio-reason-quiet",
                &[
                    ("lufs", lufs.into()),
                    ("min", format!("{MIN_RECORDING_LUFS:.0}").into()),
                ],
            );
            rejected += 1;
            continue;
        }
        if measure.peak_db > -0.1 {
            reject("audio-reason-clipped", &[]);
            rejected += 1;
            continue;
        }
        let file = recorded_file(locale, &spoken);
        let opus = out.join(&file);
        let mp3 = out.join(Clip::fallback_path(&file));
        let work = opus.with_extension("prepared.wav");
        let prepared = prepare_and_encode(path, &work, &opus, &mp3);
        let _ = std::fs::remove_file(&work);
        let prepared = match prepared {
            Ok(p) => p,
            Err(e) => {
                reject("audio-reason-unreadable", &[("detail", e.into())]);
                rejected += 1;
                continue;
            }
        };
        let duration_ms = (prepared.samples.len() as u64 * 1000 / u64::from(prepared.rate.max(1))) as u32;
        plan.manifest.clips.insert(
            reference.to_string(),
            Clip {
                status: ClipStatus::Recorded,
                text: Some(hash),
                file,
                speaker: speaker.clone(),
                duration_ms: Some(duration_ms),
            },
        );
        imported += 1;
    }
    write_atomic(loc, &ws.manifest_path(locale), &plan.manifest.to_yaml())?;
    println!(
        "{}",
        loc.format(
            "audio-import-done",
            &[
                ("locale", locale.as_str().into()),
                ("count", imported.into()),
                ("rejected", rejected.into())
            ]
        )
    );
    if rejected > 0 {
        return Err(Failure::input(String::new()));
    }
    Ok(())
}
