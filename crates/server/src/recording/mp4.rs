//! MP4 (what Safari records), read as ISO BMFF boxes.

use super::{uint, Audio, Problem};

/// MP4 (what Safari records): a sound track in AAC or Opus and no video; the length is the
/// movie's, or the sum of its fragments' sample durations when it is fragmented.
pub(super) fn read(bytes: &[u8]) -> Result<Audio, Problem> {
    const ENTERED: [&[u8; 4]; 9] = [
        b"moov", b"trak", b"mdia", b"minf", b"stbl", b"moof", b"traf", b"mvex", b"edts",
    ];
    let (mut audio, mut video) = (false, false);
    let (mut movie_scale, mut movie_duration) = (0u64, 0u64);
    let (mut scale, mut default_duration, mut fragments) = (0u64, 0u64, 0u64);
    let mut at = 0;
    while at + 8 <= bytes.len() {
        let (size, kind) = (uint(&bytes[at..at + 4]), &bytes[at + 4..at + 8]);
        let (header, size) = match size {
            0 => (8, (bytes.len() - at) as u64),
            1 => (
                16,
                uint(bytes.get(at + 8..at + 16).ok_or(Problem::Unreadable)?),
            ),
            n => (8, n),
        };
        let size = usize::try_from(size).map_err(|_| Problem::Unreadable)?;
        if size < header {
            return Err(Problem::Unreadable);
        }
        if ENTERED.iter().any(|k| k.as_slice() == kind) {
            at += header;
            continue;
        }
        let data = bytes
            .get(at + header..at + size)
            .ok_or(Problem::Unreadable)?;
        let field = |from: usize, len: usize| data.get(from..from + len).map(uint);
        match kind {
            b"mvhd" | b"mdhd" => {
                let v1 = data.first() == Some(&1);
                let (ts, dur) = if v1 { (20, (24, 8)) } else { (12, (16, 4)) };
                let timescale = field(ts, 4).ok_or(Problem::Unreadable)?;
                let duration = field(dur.0, dur.1).ok_or(Problem::Unreadable)?;
                if kind == b"mvhd" {
                    (movie_scale, movie_duration) = (timescale, duration);
                } else {
                    scale = timescale;
                }
            }
            b"hdlr" => match data.get(8..12) {
                Some(b"soun") => {}
                Some(b"vide") => video = true,
                _ => {}
            },
            b"stsd" => {
                let entry = data.get(12..16).ok_or(Problem::Unreadable)?;
                audio |= entry == b"mp4a" || entry == b"Opus";
            }
            b"trex" => default_duration = field(12, 4).ok_or(Problem::Unreadable)?,
            b"tfhd" => {
                let flags = field(1, 3).ok_or(Problem::Unreadable)?;
                let mut from = 8;
                from += if flags & 0x01 != 0 { 8 } else { 0 };
                from += if flags & 0x02 != 0 { 4 } else { 0 };
                if flags & 0x08 != 0 {
                    default_duration = field(from, 4).ok_or(Problem::Unreadable)?;
                }
            }
            b"trun" => {
                let flags = field(1, 3).ok_or(Problem::Unreadable)?;
                let count = field(4, 4).ok_or(Problem::Unreadable)?;
                let mut from = 8 + [0x01, 0x04].iter().filter(|f| flags & *f != 0).count() * 4;
                let each = [0x100, 0x200, 0x400, 0x800]
                    .iter()
                    .filter(|f| flags & *f != 0)
                    .count()
                    * 4;
                if flags & 0x100 == 0 {
                    fragments += count * default_duration;
                } else {
                    for _ in 0..count {
                        fragments += field(from, 4).ok_or(Problem::Unreadable)?;
                        from += each;
                    }
                }
            }
            _ => {}
        }
        at += size;
    }
    if video {
        return Err(Problem::Video);
    }
    if !audio {
        return Err(Problem::NotAudio);
    }
    let ms = |units: u64, per_second: u64| units.saturating_mul(1000) / per_second.max(1);
    let duration_ms = ms(movie_duration, movie_scale).max(ms(fragments, scale));
    Ok(Audio {
        media_type: "audio/mp4",
        duration_ms,
    })
}
