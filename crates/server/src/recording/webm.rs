//! WebM (what Chromium, Edge and Firefox record), read as EBML elements.

use super::{uint, Audio, Problem};

/// An EBML variable-length integer at the start of `bytes`: its value (with the length marker
/// kept for ids, removed for sizes; `None` for a size of "unknown") and its length.
fn vint(bytes: &[u8], keep_marker: bool) -> Result<(Option<u64>, usize), Problem> {
    let first = *bytes.first().ok_or(Problem::Unreadable)?;
    let len = first.leading_zeros() as usize + 1;
    if len > 8 || bytes.len() < len {
        return Err(Problem::Unreadable);
    }
    let raw = uint(&bytes[..len]);
    if keep_marker {
        return Ok((Some(raw), len));
    }
    let bits = 7 * len as u32;
    let value = raw & ((1u64 << bits) - 1);
    let unknown = value == (1u64 << bits) - 1;
    Ok(((!unknown).then_some(value), len))
}

/// WebM: the EBML header says `webm`, an audio track is Opus or Vorbis, and no track is
/// video; the length is the latest block's time (or the header's duration, if longer).
pub(super) fn read(bytes: &[u8]) -> Result<Audio, Problem> {
    const ENTERED: [u64; 7] = [
        0x1A45DFA3, // EBML header
        0x18538067, // Segment
        0x1549A966, // Info
        0x1654AE6B, // Tracks
        0xAE,       // TrackEntry
        0x1F43B675, // Cluster
        0xA0,       // BlockGroup
    ];
    let (mut doc_type, mut audio, mut video) = (None, false, false);
    let (mut scale, mut header_duration, mut cluster, mut latest) =
        (1_000_000u64, 0f64, 0u64, 0u64);
    let mut at = 0;
    while at < bytes.len() {
        let (id, id_len) = vint(&bytes[at..], true)?;
        let id = id.unwrap_or_default();
        let (size, size_len) = vint(&bytes[at + id_len..], false)?;
        let start = at + id_len + size_len;
        if ENTERED.contains(&id) {
            at = start;
            continue;
        }
        let size = size.ok_or(Problem::Unreadable)? as usize;
        let data = bytes.get(start..start + size).ok_or(Problem::Unreadable)?;
        match id {
            0x4282 => doc_type = Some(data),
            0x86 if data.starts_with(b"A_OPUS") || data.starts_with(b"A_VORBIS") => audio = true,
            0x86 if data.starts_with(b"V_") => video = true,
            0x2AD7B1 => scale = uint(data),
            0x4489 if size == 4 => {
                header_duration = f32::from_be_bytes(data.try_into().unwrap_or_default()).into()
            }
            0x4489 if size == 8 => {
                header_duration = f64::from_be_bytes(data.try_into().unwrap_or_default())
            }
            0xE7 => cluster = uint(data),
            0xA3 | 0xA1 => {
                let (_, track_len) = vint(data, false)?;
                let relative = data
                    .get(track_len..track_len + 2)
                    .ok_or(Problem::Unreadable)?;
                let relative = i16::from_be_bytes([relative[0], relative[1]]);
                latest = latest.max(cluster.saturating_add_signed(relative.into()));
            }
            _ => {}
        }
        at = start + size;
    }
    match doc_type {
        None => return Err(Problem::Unreadable),
        Some(b"webm") => {}
        Some(_) => return Err(Problem::Unsupported("Matroska")),
    }
    if video {
        return Err(Problem::Video);
    }
    if !audio {
        return Err(Problem::NotAudio);
    }
    let units = (latest as f64).max(if header_duration.is_finite() {
        header_duration
    } else {
        0.0
    });
    Ok(Audio {
        media_type: "audio/webm",
        duration_ms: (units * scale as f64 / 1_000_000.0).round() as u64,
    })
}
