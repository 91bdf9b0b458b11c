//! What a release carries of the recordings: `static/audio/<lang>/recorded.tsv`, written by
//! `evne-server export-locale` beside the audio files themselves (`static/audio/<lang>/<file>`,
//! served by the app at `/audio/<lang>/<file>`). One line per recorded message: its id, its
//! file, the media type, the length in milliseconds, the hash of the Norwegian source it was
//! recorded against (a changed source makes it stale), and the hash of the audio.

/// The file's name in a locale's folder of recordings.
pub const FILE: &str = "recorded.tsv";

/// One recording, as a release carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shipped {
    pub id: String,
    pub file: String,
    pub media_type: String,
    pub duration_ms: u64,
    pub source_hash: String,
    pub audio_hash: String,
}

impl Shipped {
    /// Where the app serves it (the audio hash makes a new recording a new URL).
    pub fn url(&self, locale: &str) -> String {
        format!("/audio/{locale}/{}?v={}", self.file, self.audio_hash)
    }
}

/// The extension a recording of `media_type` is written with.
pub fn extension(media_type: &str) -> &'static str {
    match media_type {
        "audio/mp4" => "m4a",
        "audio/wav" => "wav",
        _ => "webm",
    }
}

/// The lines of a `recorded.tsv` (comments and blank lines skipped); a line that does not have
/// the six fields, or a file name that could leave the folder, is an error naming it.
pub fn parse(text: &str) -> Result<Vec<Shipped>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, line)| {
            let fields: Vec<&str> = line.split('\t').collect();
            let bad = || {
                format!(
                    "line {}: not id, file, type, ms, source hash, audio hash",
                    i + 1
                )
            };
            let [id, file, media_type, ms, source_hash, audio_hash] = fields[..] else {
                return Err(bad());
            };
            let plain = |s: &str| {
                !s.is_empty()
                    && s.chars()
                        .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
            };
            if !plain(id)
                || !plain(file)
                || file.starts_with('.')
                || !media_type.starts_with("audio/")
            {
                return Err(bad());
            }
            Ok(Shipped {
                id: id.to_owned(),
                file: file.to_owned(),
                media_type: media_type.to_owned(),
                duration_ms: ms.parse().map_err(|_| bad())?,
                source_hash: source_hash.to_owned(),
                audio_hash: audio_hash.to_owned(),
            })
        })
        .collect()
}

/// The file's text for these recordings, by id.
pub fn write(recordings: &[Shipped]) -> String {
    let mut sorted: Vec<&Shipped> = recordings.iter().collect();
    sorted.sort_by(|a, b| a.id.cmp(&b.id));
    let mut out = String::from(
        "# Recorded messages of this locale (written by `evne-server export-locale`):\n\
         # id, file, media type, length in ms, hash of the Norwegian source, hash of the audio.\n",
    );
    for r in sorted {
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{}\n",
            r.id, r.file, r.media_type, r.duration_ms, r.source_hash, r.audio_hash
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_of_recordings_reads_back_what_was_written() {
        let one = Shipped {
            id: "consent-yes".into(),
            file: "consent-yes.webm".into(),
            media_type: "audio/webm".into(),
            duration_ms: 1200,
            source_hash: "s1".into(),
            audio_hash: "a1".into(),
        };
        assert_eq!(
            parse(&write(std::slice::from_ref(&one))),
            Ok(vec![one.clone()])
        );
        assert_eq!(one.url("ti"), "/audio/ti/consent-yes.webm?v=a1");
        assert!(parse("a\t../../etc/passwd\taudio/webm\t1\ts\th").is_err());
        assert!(parse("a\ta.webm\ttext/html\t1\ts\th").is_err());
        assert!(parse("a\ta.webm\taudio/webm\tlong\ts\th").is_err());
        assert!(parse("just one field").is_err());
    }
}
