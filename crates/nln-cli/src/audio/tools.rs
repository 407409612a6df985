//! The external programs that make clips: espeak-ng speaks, opusenc and lame encode. They are
//! run as separate programs (espeak-ng is GPL-3.0: never linked), and each missing one is named
//! with the Debian package that brings it.

use crate::failure::Failure;
use nln_core::i18n::audio::signal::Signal;
use nln_core::i18n::{Localizer, VoiceRef};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// A program the build needs and the Debian package that provides it.
pub struct Tool {
    pub program: &'static str,
    pub package: &'static str,
}

pub const ESPEAK: Tool = Tool {
    program: "espeak-ng",
    package: "espeak-ng",
};
pub const OPUSENC: Tool = Tool {
    program: "opusenc",
    package: "opus-tools",
};
pub const LAME: Tool = Tool {
    program: "lame",
    package: "lame",
};

impl Tool {
    /// Fails with an install hint when the program cannot be started.
    pub fn require(&self, loc: &Localizer) -> Result<(), Failure> {
        let found = Command::new(self.program)
            .arg("--help")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok();
        if found {
            Ok(())
        } else {
            Err(Failure::input(loc.format(
                "audio-tool-missing",
                &[("program", self.program.into()), ("package", self.package.into())],
            )))
        }
    }

    /// Runs the program; on failure, its standard error (or the reason it did not start).
    fn run(&self, args: &[&str], stdin: Option<&str>) -> Result<(), String> {
        let mut child = Command::new(self.program)
            .args(args)
            .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("{}: {e}", self.program))?;
        if let (Some(text), Some(mut pipe)) = (stdin, child.stdin.take()) {
            pipe.write_all(text.as_bytes()).map_err(|e| e.to_string())?;
        }
        let out = child.wait_with_output().map_err(|e| e.to_string())?;
        if out.status.success() {
            Ok(())
        } else {
            let err = String::from_utf8_lossy(&out.stderr);
            Err(format!("{} ({}): {}", self.program, out.status, err.trim()))
        }
    }
}

/// Speaks `text` with `voice` into a WAV file.
pub fn synthesize(voice: &VoiceRef, text: &str, wav: &Path) -> Result<(), String> {
    let rate = voice.rate.to_string();
    let wav = wav.to_string_lossy();
    // Text on standard input: a text starting with "-" is never read as an option.
    ESPEAK.run(&["-v", &voice.voice, "-s", &rate, "-w", &wav, "--stdin"], Some(text))
}

/// Encodes a prepared WAV into Opus (`opus`) and the MP3 fallback (`mp3`): small mono files,
/// byte-identical across runs (fixed Ogg serial number).
pub fn encode(wav: &Path, opus: &Path, mp3: &Path) -> Result<(), String> {
    let (wav, opus, mp3) = (wav.to_string_lossy(), opus.to_string_lossy(), mp3.to_string_lossy());
    OPUSENC.run(
        &[
            "--quiet",
            "--bitrate",
            "24",
            "--serial",
            "1",
            "--comp",
            "10",
            &wav,
            &opus,
        ],
        None,
    )?;
    LAME.run(&["--quiet", "-m", "m", "-b", "32", &wav, &mp3], None)
}

/// Reads a WAV file as mono samples (channels averaged).
pub fn read_wav(path: &Path) -> Result<Signal, String> {
    let mut reader = hound::WavReader::open(path).map_err(|e| e.to_string())?;
    let spec = reader.spec();
    let channels = usize::from(spec.channels.max(1));
    let interleaved: Vec<f32> = match spec.sample_format {
        hound::SampleFormat::Float => reader.samples::<f32>().collect::<Result<_, _>>(),
        hound::SampleFormat::Int => {
            let scale = 2f32.powi(i32::from(spec.bits_per_sample.clamp(1, 32)) - 1);
            reader
                .samples::<i32>()
                .map(|s| s.map(|s| s as f32 / scale))
                .collect::<Result<_, _>>()
        }
    }
    .map_err(|e| e.to_string())?;
    let samples = interleaved
        .chunks(channels)
        .map(|frame| frame.iter().sum::<f32>() / frame.len() as f32)
        .collect();
    Ok(Signal {
        rate: spec.sample_rate,
        samples,
    })
}

/// Writes mono samples as a 16-bit WAV file.
pub fn write_wav(path: &Path, signal: &Signal) -> Result<(), String> {
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: signal.rate,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut w = hound::WavWriter::create(path, spec).map_err(|e| e.to_string())?;
    for &s in &signal.samples {
        w.write_sample((s.clamp(-1.0, 1.0) * 32767.0).round() as i16)
            .map_err(|e| e.to_string())?;
    }
    w.finalize().map_err(|e| e.to_string())
}

/// Prepares (trim, loudness, pad) and encodes a WAV into the two clip files, through
/// temporary names renamed at the end, so an interrupted build never leaves half a clip.
pub fn prepare_and_encode(source: &Path, work: &Path, opus: &Path, mp3: &Path) -> Result<Signal, String> {
    let prepared = read_wav(source)?.prepared();
    write_wav(work, &prepared)?;
    let tmp = |p: &Path| p.with_extension(format!("part.{}", p.extension().and_then(|e| e.to_str()).unwrap_or("")));
    let (opus_tmp, mp3_tmp) = (tmp(opus), tmp(mp3));
    encode(work, &opus_tmp, &mp3_tmp)?;
    std::fs::rename(&opus_tmp, opus).map_err(|e| e.to_string())?;
    std::fs::rename(&mp3_tmp, mp3).map_err(|e| e.to_string())?;
    Ok(prepared)
}
