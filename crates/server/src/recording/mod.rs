//! What a reviewer's recording must be before the tablets get it: at most [`MAX_BYTES`] and
//! [`MAX_MS`], in a container and codec that both Chromium on Android and Safari 17+ on iPadOS
//! play from an `<audio>` element — WebM (Opus or Vorbis), MP4 (AAC or Opus) or PCM WAV. The
//! container is read from the bytes themselves (the declared type is not trusted), and so is
//! the length: from the blocks' timecodes (WebM), the movie and its fragments (MP4), or the
//! data size (WAV). Ogg is refused: Safari does not play it. One module per container.

mod mp4;
mod wav;
mod webm;

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
        [0x1A, 0x45, 0xDF, 0xA3, ..] => webm::read(bytes)?,
        [_, _, _, _, b'f', b't', b'y', b'p', ..] => mp4::read(bytes)?,
        [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'A', b'V', b'E', ..] => wav::read(bytes)?,
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

/// A big-endian unsigned number of up to 8 bytes.
fn uint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0, |n, b| (n << 8) | u64::from(*b))
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
