//! What happens to a clip's samples between the speech engine (or the microphone) and the
//! encoder: silence trimmed, loudness brought to one level, a short pad of silence. Learners hear
//! clips one after another, so equal loudness and equal gaps matter more than for single files.
//! Loudness is EBU R 128 / ITU-R BS.1770 integrated loudness (the `ebur128` crate).

/// Loudness every clip is brought to (LUFS), as broadcast speech for small speakers.
pub const TARGET_LUFS: f64 = -18.0;
/// Highest sample peak after the gain (dBFS).
pub const PEAK_CEILING_DB: f64 = -2.0;
/// Silence kept (or added) before and after the speech.
pub const PAD_MS: u32 = 150;
/// Level under which a stretch at either end counts as silence (dBFS).
const SILENCE_DB: f64 = -45.0;
/// Recordings outside these bounds are refused at import.
pub const MIN_DURATION_MS: u32 = 300;
/// Longest recording accepted; a prompt longer than this lost the learner long ago.
pub const MAX_DURATION_MS: u32 = 30_000;
/// A recording quieter than this is refused at import (LUFS): the microphone was too far away.
pub const MIN_RECORDING_LUFS: f64 = -40.0;

/// Mono samples in −1…1 at a sample rate.
#[derive(Debug, Clone, PartialEq)]
pub struct Signal {
    /// Samples per second.
    pub rate: u32,
    /// The samples, in −1…1.
    pub samples: Vec<f32>,
}

/// What a clip measured, before processing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measure {
    /// Length of the speech without the silence at its ends.
    pub speech_ms: u32,
    /// Integrated loudness (LUFS); `None` for silence or a clip too short to measure.
    pub loudness: Option<f64>,
    /// Highest absolute sample (dBFS).
    pub peak_db: f64,
}

fn db(x: f64) -> f64 {
    if x > 0.0 {
        20.0 * x.log10()
    } else {
        f64::NEG_INFINITY
    }
}

impl Signal {
    fn ms(&self, n: usize) -> u32 {
        if self.rate == 0 {
            return 0;
        }
        u32::try_from(n as u64 * 1000 / u64::from(self.rate)).unwrap_or(u32::MAX)
    }

    /// The range of samples between the first and the last 10 ms window louder than the
    /// silence level.
    fn speech_range(&self) -> std::ops::Range<usize> {
        let window = (self.rate as usize / 100).max(1);
        let threshold = 10f64.powf(SILENCE_DB / 20.0);
        let loud: Vec<bool> = self
            .samples
            .chunks(window)
            .map(|w| {
                let rms = (w.iter().map(|&s| f64::from(s) * f64::from(s)).sum::<f64>() / w.len() as f64).sqrt();
                rms > threshold
            })
            .collect();
        match (loud.iter().position(|&l| l), loud.iter().rposition(|&l| l)) {
            (Some(first), Some(last)) => first * window..((last + 1) * window).min(self.samples.len()),
            _ => 0..0,
        }
    }

    /// Duration, loudness and peak of the speech.
    pub fn measure(&self) -> Measure {
        let range = self.speech_range();
        let speech = &self.samples[range.clone()];
        let peak = speech.iter().fold(0f32, |m, &s| m.max(s.abs()));
        Measure {
            speech_ms: self.ms(range.len()),
            loudness: loudness(self.rate, speech),
            peak_db: db(f64::from(peak)),
        }
    }

    /// The clip as learners hear it: silence trimmed and [`PAD_MS`] added at both ends, gain
    /// toward [`TARGET_LUFS`] without the peak passing [`PEAK_CEILING_DB`].
    pub fn prepared(&self) -> Signal {
        let range = self.speech_range();
        let speech = &self.samples[range];
        let m = self.measure();
        let peak = m.peak_db;
        let gain_db = match m.loudness {
            Some(l) => (TARGET_LUFS - l).min(PEAK_CEILING_DB - peak),
            None if peak.is_finite() => PEAK_CEILING_DB - peak,
            None => 0.0,
        };
        let gain = 10f64.powf(gain_db / 20.0) as f32;
        let pad = (u64::from(self.rate) * u64::from(PAD_MS) / 1000) as usize;
        let mut samples = Vec::with_capacity(speech.len() + 2 * pad);
        samples.resize(pad, 0.0);
        samples.extend(speech.iter().map(|&s| (s * gain).clamp(-1.0, 1.0)));
        samples.resize(samples.len() + pad, 0.0);
        Signal {
            rate: self.rate,
            samples,
        }
    }
}

/// Integrated loudness of mono samples (LUFS).
fn loudness(rate: u32, samples: &[f32]) -> Option<f64> {
    let mut meter = ebur128::EbuR128::new(1, rate, ebur128::Mode::I).ok()?;
    meter.add_frames_f32(samples).ok()?;
    meter.loudness_global().ok().filter(|l| l.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `ms` of silence, `ms` of a 440 Hz tone at `amplitude`, `ms` of silence.
    fn tone(rate: u32, ms: u32, amplitude: f32) -> Signal {
        let n = (rate * ms / 1000) as usize;
        let mut samples = vec![0.0; n];
        samples.extend((0..n).map(|i| amplitude * (i as f32 * 440.0 * std::f32::consts::TAU / rate as f32).sin()));
        samples.extend(vec![0.0; n]);
        Signal { rate, samples }
    }

    #[test]
    fn measures_speech_length_and_a_known_loudness() {
        let s = tone(48_000, 1000, 0.5);
        let m = s.measure();
        assert!((990..=1010).contains(&m.speech_ms), "{m:?}");
        // A 0 dBFS sine reads −3.01 LUFS at 1 kHz; at 440 Hz K-weighting lowers it slightly.
        let l = m.loudness.unwrap();
        assert!((l - (-3.0 + db(0.5))).abs() < 1.0, "{l}");
        assert!((m.peak_db - db(0.5)).abs() < 0.01);
    }

    #[test]
    fn prepared_clips_are_trimmed_padded_and_at_the_target_loudness() {
        for amplitude in [0.02, 0.3] {
            let p = tone(22_050, 800, amplitude).prepared();
            let expected = (22_050 * 800 / 1000) as usize + 2 * (22_050 * PAD_MS / 1000) as usize;
            assert!(
                p.samples.len().abs_diff(expected) <= 22_050 / 100,
                "{}",
                p.samples.len()
            );
            let m = p.measure();
            assert!((m.loudness.unwrap() - TARGET_LUFS).abs() < 0.5, "{m:?}");
            assert!(m.peak_db <= PEAK_CEILING_DB + 0.01);
        }
    }

    #[test]
    fn silence_and_empty_input_never_fail() {
        for s in [
            Signal {
                rate: 16_000,
                samples: vec![0.0; 16_000],
            },
            Signal {
                rate: 0,
                samples: vec![],
            },
        ] {
            let m = s.measure();
            assert_eq!((m.speech_ms, m.loudness), (0, None));
            assert!(s.prepared().samples.iter().all(|&x| x == 0.0));
        }
    }
}
