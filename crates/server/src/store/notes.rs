//! Counsellors' notes on a person.

use evne_model::persons::{Note, NoteBody};
use sqlx::{AnyConnection, AnyPool, FromRow};

#[derive(FromRow)]
struct NoteRow {
    id: String,
    author_id: String,
    created_at: i64,
    updated_at: i64,
    goals: String,
    next_steps: String,
    language_training: String,
    text: String,
}

impl NoteRow {
    /// The note as `reader` sees it (`mine` when they wrote it).
    fn into_note(self, reader: &str) -> Note {
        Note {
            mine: self.author_id == reader,
            id: self.id,
            author_id: self.author_id,
            created_at: self.created_at,
            updated_at: self.updated_at,
            body: NoteBody {
                goals: self.goals,
                next_steps: self.next_steps,
                language_training: self.language_training,
                text: self.text,
            },
        }
    }
}

const COLUMNS: &str =
    "SELECT id, author_id, created_at, updated_at, goals, next_steps, language_training, text FROM notes";

/// The notes on `person`, oldest first, as `reader` sees them.
pub async fn of_person(
    conn: &mut AnyConnection,
    person: &str,
    reader: &str,
) -> Result<Vec<Note>, sqlx::Error> {
    let rows: Vec<NoteRow> = sqlx::query_as(&format!(
        "{COLUMNS} WHERE person_id = $1 ORDER BY created_at, id"
    ))
    .bind(person)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().map(|r| r.into_note(reader)).collect())
}

pub async fn add(conn: &mut AnyConnection, person: &str, note: &Note) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO notes (id, person_id, author_id, created_at, updated_at, goals, next_steps,
         language_training, text) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(&note.id)
    .bind(person)
    .bind(&note.author_id)
    .bind(note.created_at)
    .bind(note.updated_at)
    .bind(&note.body.goals)
    .bind(&note.body.next_steps)
    .bind(&note.body.language_training)
    .bind(&note.body.text)
    .execute(&mut *conn)
    .await?;
    // A settled person's case system hears of it.
    super::feed::changed(conn, person).await
}

/// The person a note of `author` is about, if `author` wrote note `id`.
pub async fn person_of_own(
    db: &AnyPool,
    id: &str,
    author: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT person_id FROM notes WHERE id = $1 AND author_id = $2")
        .bind(id)
        .bind(author)
        .fetch_optional(db)
        .await
}

/// Replaces note `id`'s body (its author edits it at `now`); the note as its author sees it.
pub async fn edit(
    conn: &mut AnyConnection,
    id: &str,
    body: &NoteBody,
    author: &str,
    now: i64,
) -> Result<Note, sqlx::Error> {
    sqlx::query(
        "UPDATE notes SET goals = $1, next_steps = $2, language_training = $3, text = $4,
         updated_at = $5 WHERE id = $6",
    )
    .bind(&body.goals)
    .bind(&body.next_steps)
    .bind(&body.language_training)
    .bind(&body.text)
    .bind(now)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    let row: NoteRow = sqlx::query_as(&format!("{COLUMNS} WHERE id = $1"))
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
    let person: String = sqlx::query_scalar("SELECT person_id FROM notes WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
    super::feed::changed(conn, &person).await?;
    Ok(row.into_note(author))
}
