//! What a reviewer's recording must be before the tablets get it: at most [`MAX_BYTES`] and
//! [`MAX_MS`], in a container and codec that both Chromium on Android and Safari 17+ on iPadOS
//! play from an `<audio>` element — WebM (Opus or Vorbis), MP4 (AAC or Opus) or PCM WAV. The
//! container is read from the bytes themselves (the declared type is not trusted), and so is
//! the length: from the blocks' timecodes (WebM), the movie and its fragments (MP4), or the
//! data size (WAV). Ogg is refused: Safari does not play it.

/// The largest recording kept.
pub const MAX_BYTES: usize = 1024 * 1024;
/// The longest recording kept.
pub const MAX_MS: u64 = 60_000;

/// An audio file the tablets can play.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Audio {
    /// `audio/webm`, `audio/mp4` or `audio/wav`: what the bytes are.
    pub media_type: &'static str,
    pub duration_ms: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("larger than 1 MB")]
    TooLarge,
    #[error("not an audio file")]
    NotAudio,
    #[error("{0} is not played by every tablet: record as WebM (Opus) or MP4 (AAC)")]
    Unsupported(&'static str),
    #[error("a video, not only sound")]
    Video,
    #[error("{0} ms long: at most 60 s")]
    TooLong(u64),
    #[error("the file is cut short or damaged")]
    Unreadable,
    #[error("no sound in it")]
    Empty,
}

/// Checks `bytes` (whatever type they were sent as).
pub fn check(bytes: &[u8]) -> Result<Audio, Problem> {
    if bytes.len() > MAX_BYTES {
        return Err(Problem::TooLarge);
    }
    let audio = match bytes {
        [0x1A, 0x45, 0xDF, 0xA3, ..] => webm(bytes)?,
        [_, _, _, _, b'f', b't', b'y', b'p', ..] => mp4(bytes)?,
        [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'A', b'V', b'E', ..] => wav(bytes)?,
        [b'O', b'g', b'g', b'S', ..] => return Err(Problem::Unsupported("Ogg")),
        [b'I', b'D', b'3', ..] | [0xFF, 0xE0..=0xFF, ..] => {
            return Err(Problem::Unsupported("MP3"))
        }
        _ => return Err(Problem::NotAudio),
    };
    match audio.duration_ms {
        0 => Err(Problem::Empty),
        ms if ms > MAX_MS => Err(Problem::TooLong(ms)),
        _ => Ok(audio),
    }
}

fn uint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0, |n, b| (n << 8) | u64::from(*b))
}

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
fn webm(bytes: &[u8]) -> Result<Audio, Problem> {
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

/// MP4 (what Safari records): a sound track in AAC or Opus and no video; the length is the
/// movie's, or the sum of its fragments' sample durations when it is fragmented.
fn mp4(bytes: &[u8]) -> Result<Audio, Problem> {
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

/// WAV: PCM (the one coding every browser plays); the length is the data's size over the
/// byte rate.
fn wav(bytes: &[u8]) -> Result<Audio, Problem> {
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

/// Synthetic audio, for tests and the bench: a PCM WAV of `ms` milliseconds of a 440 Hz tone
/// (8 kHz, 16-bit, mono; 16 KB a second).
pub fn tone(ms: u32) -> Vec<u8> {
    let data: Vec<u8> = (0..8 * ms)
        .flat_map(|i| {
            let v = (f64::from(i) * 440.0 * std::f64::consts::TAU / 8_000.0).sin();
            ((v * 8000.0) as i16).to_le_bytes()
        })
        .collect();
    let mut out = b"RIFF".to_vec();
    out.extend((36 + data.len() as u32).to_le_bytes());
    out.extend(b"WAVEfmt ");
    // The format's size, PCM and one channel, the sample rate, the byte rate, 2-byte frames
    // of 16 bits.
    for field in [16u32, 1 | (1 << 16), 8_000, 16_000, 2 | (16 << 16)] {
        out.extend(field.to_le_bytes());
    }
    out.extend(b"data");
    out.extend((data.len() as u32).to_le_bytes());
    out.extend(data);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn element(id: &[u8], data: &[u8]) -> Vec<u8> {
        let mut out = id.to_vec();
        out.push(0x01); // an 8-byte size: the marker, then 7 bytes
        out.extend(&(data.len() as u64).to_be_bytes()[1..]);
        out.extend(data);
        out
    }

    /// A WebM as MediaRecorder writes it (unknown-size segment and clusters), with one block
    /// every 20 ms for `ms` milliseconds, of a track with `codec`.
    pub fn webm_of(ms: u16, codec: &str) -> Vec<u8> {
        let mut out = element(&[0x1A, 0x45, 0xDF, 0xA3], &element(&[0x42, 0x82], b"webm"));
        out.extend([
            0x18, 0x53, 0x80, 0x67, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        ]);
        out.extend(element(
            &[0x15, 0x49, 0xA9, 0x66],
            &element(&[0x2A, 0xD7, 0xB1], &[0x0F, 0x42, 0x40]),
        ));
        let track = element(&[0xAE], &element(&[0x86], codec.as_bytes()));
        out.extend(element(&[0x16, 0x54, 0xAE, 0x6B], &track));
        out.extend([0x1F, 0x43, 0xB6, 0x75, 0xFF]);
        out.extend(element(&[0xE7], &[0]));
        for t in (0..=ms).step_by(20) {
            let mut block = vec![0x81];
            block.extend(t.to_be_bytes());
            block.extend([0x80, 1, 2, 3]);
            out.extend(element(&[0xA3], &block));
        }
        out
    }

    #[test]
    fn wav_and_webm_are_read_with_their_length() {
        assert_eq!(
            check(&tone(1500)),
            Ok(Audio {
                media_type: "audio/wav",
                duration_ms: 1500
            })
        );
        assert_eq!(
            check(&webm_of(2000, "A_OPUS")),
            Ok(Audio {
                media_type: "audio/webm",
                duration_ms: 2000
            })
        );
    }

    #[test]
    fn what_tablets_cannot_play_is_refused_by_its_bytes() {
        assert_eq!(check(b"OggS\0\x02rest"), Err(Problem::Unsupported("Ogg")));
        assert_eq!(check(b"ID3\x03rest"), Err(Problem::Unsupported("MP3")));
        assert_eq!(check(b"<html>not audio</html>"), Err(Problem::NotAudio));
        assert_eq!(check(&[]), Err(Problem::NotAudio));
        assert_eq!(check(&webm_of(500, "V_VP8")), Err(Problem::Video));
        assert_eq!(
            check(&[0x1A, 0x45, 0xDF, 0xA3, 0x88]),
            Err(Problem::Unreadable)
        );
        let mut cut = webm_of(500, "A_OPUS");
        cut.truncate(cut.len() - 3);
        assert_eq!(check(&cut), Err(Problem::Unreadable));
        let mut large = tone(10);
        large.resize(MAX_BYTES + 1, 0);
        assert_eq!(check(&large), Err(Problem::TooLarge));
    }

    #[test]
    fn longer_than_a_minute_or_silent_nothing_is_refused() {
        assert_eq!(check(&tone(0)), Err(Problem::Empty));
        // 61 s at 8 bytes a second fits in 1 MB; the length decides.
        let mut long = tone(0);
        long[28..32].copy_from_slice(&8u32.to_le_bytes());
        long[40..44].copy_from_slice(&488u32.to_le_bytes());
        long.extend([0; 488]);
        assert_eq!(check(&long), Err(Problem::TooLong(61_000)));
    }

    #[test]
    fn a_fragmented_mp4_is_as_long_as_its_samples() {
        let boxed = |kind: &[u8; 4], data: &[u8]| {
            let mut out = ((data.len() + 8) as u32).to_be_bytes().to_vec();
            out.extend(kind);
            out.extend(data);
            out
        };
        let mut mdhd = vec![0; 12];
        mdhd.extend(48_000u32.to_be_bytes());
        mdhd.extend(0u32.to_be_bytes());
        let mut stsd = vec![0, 0, 0, 0, 0, 0, 0, 1];
        stsd.extend(boxed(b"mp4a", &[0; 8]));
        let mut hdlr = vec![0; 8];
        hdlr.extend(b"soun");
        let trak = [
            boxed(b"mdhd", &mdhd),
            boxed(b"hdlr", &hdlr),
            boxed(b"stsd", &stsd),
        ]
        .concat();
        let moov = boxed(b"moov", &boxed(b"trak", &trak));
        // 150 samples of 1024 at 48 kHz: 3.2 s.
        let mut trun = vec![0, 0, 0x01, 0x00];
        trun.extend(150u32.to_be_bytes());
        for _ in 0..150 {
            trun.extend(1024u32.to_be_bytes());
        }
        let moof = boxed(b"moof", &boxed(b"traf", &boxed(b"trun", &trun)));
        let file = [boxed(b"ftyp", b"iso5\0\0\0\0"), moov, moof].concat();
        assert_eq!(
            check(&file),
            Ok(Audio {
                media_type: "audio/mp4",
                duration_ms: 3200
            })
        );
    }
}
