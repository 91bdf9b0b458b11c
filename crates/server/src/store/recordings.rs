//! Reviewers' recordings of the resident app's words: the audio and what it was recorded
//! against.

use sqlx::{AnyConnection, AnyPool, FromRow};

/// What is known of a recording without its audio.
#[derive(Debug, Clone, FromRow)]
pub struct Recorded {
    pub message_id: String,
    /// The hash of the Norwegian source it was recorded against.
    pub source_hash: String,
    pub media_type: String,
    pub duration_ms: i64,
    /// A hash of the audio (its URL for the tablets changes with it).
    pub audio_hash: String,
}

/// One recording to keep.
pub struct NewRecording<'a> {
    pub source_hash: &'a str,
    pub media_type: &'a str,
    pub duration_ms: u64,
    pub audio: &'a [u8],
}

/// Every recording of `locale`, without the audio.
pub async fn of_locale(db: &AnyPool, locale: &str) -> Result<Vec<Recorded>, sqlx::Error> {
    sqlx::query_as(
        "SELECT message_id, source_hash, media_type, duration_ms, audio_hash FROM recordings
         WHERE locale = $1 ORDER BY message_id",
    )
    .bind(locale)
    .fetch_all(db)
    .await
}

/// The audio of one recording and its media type, with what it was recorded against.
pub async fn audio(
    db: &AnyPool,
    locale: &str,
    message: &str,
) -> Result<Option<(Recorded, Vec<u8>)>, sqlx::Error> {
    #[derive(FromRow)]
    struct Row {
        #[sqlx(flatten)]
        recorded: Recorded,
        audio: Vec<u8>,
    }
    let row: Option<Row> = sqlx::query_as(
        "SELECT message_id, source_hash, media_type, duration_ms, audio_hash, audio
         FROM recordings WHERE locale = $1 AND message_id = $2",
    )
    .bind(locale)
    .bind(message)
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| (r.recorded, r.audio)))
}

/// Keeps `new` as the recording of the message, replacing any earlier one.
pub async fn put(
    conn: &mut AnyConnection,
    (locale, message): (&str, &str),
    new: &NewRecording<'_>,
    (by, now): (&str, i64),
) -> Result<(), sqlx::Error> {
    let audio_hash = evne_locales::bytes_hash(new.audio);
    sqlx::query(
        "INSERT INTO recordings (locale, message_id, source_hash, media_type, duration_ms,
             audio_hash, audio, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (locale, message_id) DO UPDATE SET source_hash = excluded.source_hash,
             media_type = excluded.media_type, duration_ms = excluded.duration_ms,
             audio_hash = excluded.audio_hash, audio = excluded.audio,
             recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at",
    )
    .bind(locale)
    .bind(message)
    .bind(new.source_hash)
    .bind(new.media_type)
    .bind(new.duration_ms as i64)
    .bind(audio_hash)
    .bind(new.audio)
    .bind(by)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
