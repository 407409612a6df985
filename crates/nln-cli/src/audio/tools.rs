//! The external programs that make clips: espeak-ng speaks, opusenc and lame encode. They are
//! run as separate programs (espeak-ng is GPL-3.0: never linked), and each missing one is named
//! with the Debian package that brings it.
//!
//! Two speech engines: `espeak-ng`, the distribution's program with its own data, and
//! `espeak-ng-pypi`, the same program given the newer library and voice data of the PyPI wheel
//! `espeakng-loader` (espeak-ng 1.52: Tigrinya, a Ukrainian voice, Mandarin read as Chinese).

use crate::failure::Failure;
use nln_core::i18n::audio::signal::Signal;
use nln_core::i18n::{Localizer, VoiceRef};
use std::io::Write;
use std::path::{Path, PathBuf};
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
        self.run_in(&[], args, stdin)
    }

    /// Runs the program with extra environment variables.
    fn run_in(&self, env: &[(&str, PathBuf)], args: &[&str], stdin: Option<&str>) -> Result<(), String> {
        let mut child = Command::new(self.program)
            .args(args)
            .envs(env.iter().map(|(k, v)| (*k, v.as_os_str())))
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

/// The engine name of the distribution's espeak-ng.
pub const ENGINE_SYSTEM: &str = "espeak-ng";
/// The engine name of espeak-ng with the library and data of the PyPI wheel `espeakng-loader`.
pub const ENGINE_PYPI: &str = "espeak-ng-pypi";
/// Oldest espeak-ng the PyPI engine accepts: the first with Tigrinya and a Ukrainian voice.
const PYPI_MIN_VERSION: (u32, u32) = (1, 52);

/// A speech engine ready to run: the espeak-ng program and the environment that selects its
/// library and voice data.
#[derive(Debug, Clone, Default)]
pub struct Engine {
    env: Vec<(&'static str, PathBuf)>,
}

impl Engine {
    /// Finds the engine a voices file names. `espeak-ng-pypi` is the folder of the installed
    /// `espeakng-loader` package: `NLN_ESPEAK_NG_DIR`, else the package as the `python3` on the
    /// PATH (a virtualenv's) imports it.
    pub fn find(loc: &Localizer, name: &str) -> Result<Engine, Failure> {
        ESPEAK.require(loc)?;
        match name {
            ENGINE_SYSTEM => Ok(Engine::default()),
            ENGINE_PYPI => {
                let dir = std::env::var_os("NLN_ESPEAK_NG_DIR")
                    .map(PathBuf::from)
                    .or_else(wheel_folder)
                    .filter(|d| d.join("espeak-ng-data").is_dir())
                    .ok_or_else(|| Failure::input(loc.text("audio-engine-pypi-missing")))?;
                // The program loads the wheel's library (`libespeak-ng.so.1`) and reads its data.
                let library_path = match std::env::var_os("LD_LIBRARY_PATH") {
                    Some(old) if !old.is_empty() => {
                        let mut paths = vec![dir.clone()];
                        paths.extend(std::env::split_paths(&old));
                        std::env::join_paths(paths).map_or_else(|_| dir.clone(), PathBuf::from)
                    }
                    _ => dir.clone(),
                };
                let engine = Engine {
                    env: vec![("LD_LIBRARY_PATH", library_path), ("ESPEAK_DATA_PATH", dir.clone())],
                };
                let found = engine.version();
                if found.is_some_and(|v| v >= PYPI_MIN_VERSION) {
                    Ok(engine)
                } else {
                    let found = found.map_or_else(|| "?".to_string(), |(a, b)| format!("{a}.{b}"));
                    Err(Failure::input(loc.format(
                        "audio-engine-pypi-version",
                        &[
                            ("folder", dir.display().to_string().into()),
                            ("found", found.into()),
                            (
                                "wanted",
                                format!("{}.{}", PYPI_MIN_VERSION.0, PYPI_MIN_VERSION.1).into(),
                            ),
                        ],
                    )))
                }
            }
            other => Err(Failure::input(loc.format(
                "audio-engine-unknown",
                &[
                    ("engine", other.into()),
                    ("known", format!("{ENGINE_SYSTEM}, {ENGINE_PYPI}").into()),
                ],
            ))),
        }
    }

    /// The version espeak-ng reports with this environment (major, minor): proof that the
    /// wheel's library, not the distribution's, is the one loaded.
    fn version(&self) -> Option<(u32, u32)> {
        let out = Command::new(ESPEAK.program)
            .arg("--version")
            .envs(self.env.iter().map(|(k, v)| (*k, v.as_os_str())))
            .stdin(Stdio::null())
            .output()
            .ok()?;
        parse_version(&String::from_utf8_lossy(&out.stdout))
    }
}

/// `eSpeak NG text-to-speech: 1.52.0  Data at: …` → (1, 52).
fn parse_version(banner: &str) -> Option<(u32, u32)> {
    let rest = banner.split("text-to-speech:").nth(1)?.split_whitespace().next()?;
    let mut parts = rest.split('.').map(|p| p.parse::<u32>().ok());
    Some((parts.next()??, parts.next()??))
}

/// The folder of the `espeakng_loader` package, as the `python3` on the PATH imports it.
fn wheel_folder() -> Option<PathBuf> {
    let out = Command::new("python3")
        .args([
            "-c",
            "import os, espeakng_loader; print(os.path.dirname(espeakng_loader.__file__))",
        ])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    let path = String::from_utf8(out.stdout).ok()?;
    (out.status.success() && !path.trim().is_empty()).then(|| PathBuf::from(path.trim()))
}

/// Speaks `text` with `voice` into a WAV file.
pub fn synthesize(engine: &Engine, voice: &VoiceRef, text: &str, wav: &Path) -> Result<(), String> {
    let rate = voice.rate.to_string();
    let wav = wav.to_string_lossy();
    // Text on standard input: a text starting with "-" is never read as an option.
    ESPEAK.run_in(
        &engine.env,
        &["-v", &voice.voice, "-s", &rate, "-w", &wav, "--stdin"],
        Some(text),
    )
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

#[cfg(test)]
mod tests {
    use super::parse_version;

    #[test]
    fn reads_the_version_banner() {
        let banner = "eSpeak NG text-to-speech: 1.52.0  Data at: /x/espeak-ng-data\n";
        assert_eq!(parse_version(banner), Some((1, 52)));
        assert_eq!(
            parse_version("eSpeak NG text-to-speech: 1.51  Data at: /usr"),
            Some((1, 51))
        );
        assert_eq!(parse_version("something else"), None);
    }
}
