//! PCM WAV, read as RIFF chunks.

use super::{Audio, Problem};

/// WAV: PCM (the one coding every browser plays); the length is the data's size over the
/// byte rate.
pub(super) fn read(bytes: &[u8]) -> Result<Audio, Problem> {
    let le = |b: &[u8]| b.iter().rev().fold(0u64, |n, b| (n << 8) | u64::from(*b));
    let (mut byte_rate, mut data_bytes) = (None, None);
    let mut at = 12;
    while at + 8 <= bytes.len() {
        let kind = &bytes[at..at + 4];
        let size = le(&bytes[at + 4..at + 8]) as usize;
        let body = &bytes[at + 8..];
        match kind {
            b"fmt " => {
                let fmt = body.get(..16).ok_or(Problem::Unreadable)?;
                if le(&fmt[..2]) != 1 {
                    return Err(Problem::Unsupported("WAV other than PCM"));
                }
                byte_rate = Some(le(&fmt[8..12]));
            }
            // A streamed WAV may say "as long as there is": the rest of the file.
            b"data" if size == u32::MAX as usize => data_bytes = Some(body.len() as u64),
            b"data" if size > body.len() => return Err(Problem::Unreadable),
            b"data" => data_bytes = Some(size as u64),
            _ => {}
        }
        at = at.saturating_add(8 + size + size % 2);
    }
    match (byte_rate, data_bytes) {
        (Some(rate), Some(data)) if rate > 0 => Ok(Audio {
            media_type: "audio/wav",
            duration_ms: data * 1000 / rate,
        }),
        _ => Err(Problem::Unreadable),
    }
}
