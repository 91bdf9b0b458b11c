//! Every prompt should sound alike: a recording's leading and trailing silence is cut and its
//! loudness brought to one level. Pure arithmetic on samples (the staff app decodes and
//! re-encodes them with Web Audio), so it is tested natively.

/// What is kept of a recording and how much louder (or quieter) it is made.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cut {
    /// The first and one past the last sample kept.
    pub start: usize,
    pub end: usize,
    /// The factor every kept sample is multiplied by.
    pub gain: f32,
}

/// Sound in 10 ms windows quieter than this (RMS, full scale 1.0: -40 dBFS) is silence...
const FLOOR: f32 = 0.01;
/// ...and so is sound 20 dB below the loudest window.
const BELOW_LOUDEST: f32 = 0.1;
/// Kept before the first and after the last sound, so words are not clipped.
const PAD_MS: usize = 150;
/// The level the sound is brought to (RMS of its sounding windows: -20 dBFS)...
const TARGET_RMS: f32 = 0.1;
/// ...unless that would clip (peaks stay under -0.5 dBFS) or raise the noise too far (16 dB).
const MAX_PEAK: f32 = 0.944;
const MAX_GAIN: f32 = 6.0;

/// Where the sound of `samples` (mono, at `rate` per second) starts and ends, and the gain
/// that levels it; `None` when there is no sound at all.
pub fn cut(samples: &[f32], rate: usize) -> Option<Cut> {
    let window = (rate / 100).max(1);
    let rms: Vec<f32> = samples
        .chunks(window)
        .map(|w| (w.iter().map(|s| s * s).sum::<f32>() / w.len() as f32).sqrt())
        .collect();
    let loudest = rms.iter().copied().fold(0.0, f32::max);
    let threshold = FLOOR.max(loudest * BELOW_LOUDEST);
    let first = rms.iter().position(|r| *r >= threshold)?;
    let last = rms.iter().rposition(|r| *r >= threshold)?;
    let pad = rate * PAD_MS / 1000;
    let start = (first * window).saturating_sub(pad);
    let end = ((last + 1) * window + pad).min(samples.len());
    let sounding: Vec<f32> = rms.iter().copied().filter(|r| *r >= threshold).collect();
    let level = (sounding.iter().map(|r| r * r).sum::<f32>() / sounding.len() as f32).sqrt();
    let peak = samples[start..end]
        .iter()
        .fold(0.0f32, |p, s| p.max(s.abs()));
    let gain = (TARGET_RMS / level).min(MAX_PEAK / peak).min(MAX_GAIN);
    Some(Cut { start, end, gain })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `silence` s of silence, `sound` s of a tone at `amplitude`, `silence` s again.
    fn tone(silence: f32, sound: f32, amplitude: f32) -> Vec<f32> {
        let rate = 8000.0;
        let quiet = vec![0.0; (silence * rate) as usize];
        let tone = (0..(sound * rate) as usize)
            .map(|i| amplitude * (i as f32 * 440.0 * std::f32::consts::TAU / rate).sin());
        quiet
            .iter()
            .copied()
            .chain(tone)
            .chain(quiet.iter().copied())
            .collect()
    }

    #[test]
    fn silence_around_the_sound_is_cut_with_a_little_kept() {
        let samples = tone(1.0, 2.0, 0.3);
        let cut = cut(&samples, 8000).expect("sound");
        assert_eq!(cut.start, 8000 - 1200, "150 ms before the sound");
        assert_eq!(cut.end, 3 * 8000 + 1200, "150 ms after it");
    }

    #[test]
    fn quiet_and_loud_recordings_come_out_alike() {
        let level = |amplitude: f32| {
            let samples = tone(0.5, 1.0, amplitude);
            let c = cut(&samples, 8000).expect("sound");
            amplitude * c.gain
        };
        let (quiet, loud) = (level(0.05), level(0.6));
        assert!((quiet - loud).abs() < 0.01, "{quiet} vs {loud}");
        assert!((quiet / std::f32::consts::SQRT_2 - TARGET_RMS).abs() < 0.01);
        let whisper = cut(&tone(0.5, 1.0, 0.015), 8000).expect("sound");
        assert_eq!(whisper.gain, MAX_GAIN, "noise is not raised past 16 dB");
    }

    #[test]
    fn nothing_but_silence_is_no_recording() {
        assert_eq!(cut(&vec![0.0; 8000], 8000), None);
        assert_eq!(cut(&tone(0.5, 1.0, 0.005), 8000), None, "below -40 dBFS");
        assert_eq!(cut(&[], 8000), None);
    }
}
