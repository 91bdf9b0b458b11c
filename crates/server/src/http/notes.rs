//! Counsellors' notes on a person: structured (goals, next steps, language training needs,
//! free text). Counsellors of the person's centre write them and edit their own; officers and
//! the settling municipality read them. Reads and writes are audited.

use super::{AppJson, Id};
use crate::access;
use crate::audit::{self, Action};
use crate::auth::CurrentUser;
use crate::error::{Error, Result};
use crate::AppState;
use axum::extract::State;
use axum::routing::{get, put};
use axum::Router;
use evne_model::persons::{Note, NoteBody};
use evne_model::Role;
use sqlx::any::AnyRow;
use sqlx::Row;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/persons/{id}/notes", get(list).post(add))
        .route("/notes/{id}", put(edit))
}

/// Who reads notes: officers, the person's counsellors, the settling municipality.
const READERS: [Role; 3] = [
    Role::SettlementOfficer,
    Role::Counsellor,
    Role::Municipality,
];

/// The note's first refused field, named (`goals`, `text`, ...).
fn valid(body: &NoteBody) -> Result<()> {
    match body.problem() {
        None => Ok(()),
        Some((field, code)) => Err(Error::InvalidField(field, code)),
    }
}

fn note(r: AnyRow) -> Result<Note> {
    Ok(Note {
        id: r.try_get("id")?,
        author_id: r.try_get("author_id")?,
        mine: false,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
        body: NoteBody {
            goals: r.try_get("goals")?,
            next_steps: r.try_get("next_steps")?,
            language_training: r.try_get("language_training")?,
            text: r.try_get("text")?,
        },
    })
}

async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    id: Id,
) -> Result<AppJson<Vec<Note>>> {
    let (_, person) = access::person(&state.db, &user, Action::ReadNotes, &id, &READERS).await?;
    let id = person.id;
    let mut tx = crate::db::begin(&state.db).await?;
    let notes = sqlx::query(
        "SELECT id, author_id, created_at, updated_at, goals, next_steps, language_training, text
         FROM notes WHERE person_id = $1 ORDER BY created_at, id",
    )
    .bind(&id)
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .map(|r| {
        note(r).map(|n| Note {
            mine: n.author_id == user.id,
            ..n
        })
    })
    .collect::<Result<Vec<_>>>()?;
    audit::allowed(&mut *tx, &user.id, Action::ReadNotes, Some(&id)).await?;
    tx.commit().await?;
    Ok(AppJson(notes))
}

/// A counsellor of the person's centre adds a note.
async fn add(
    State(state): State<AppState>,
    user: CurrentUser,
    id: Id,
    AppJson(body): AppJson<NoteBody>,
) -> Result<AppJson<Note>> {
    let (_, person) = access::person(
        &state.db,
        &user,
        Action::WriteNote,
        &id,
        &[Role::Counsellor],
    )
    .await?;
    let id = person.id;
    valid(&body)?;
    let now = crate::now_unix();
    let note = Note {
        id: uuid::Uuid::now_v7().to_string(),
        author_id: user.id.clone(),
        mine: true,
        created_at: now,
        updated_at: now,
        body,
    };
    let mut tx = crate::db::begin(&state.db).await?;
    sqlx::query(
        "INSERT INTO notes (id, person_id, author_id, created_at, updated_at, goals, next_steps,
         language_training, text) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(&note.id)
    .bind(&id)
    .bind(&note.author_id)
    .bind(now)
    .bind(now)
    .bind(&note.body.goals)
    .bind(&note.body.next_steps)
    .bind(&note.body.language_training)
    .bind(&note.body.text)
    .execute(&mut *tx)
    .await?;
    audit::allowed(&mut *tx, &user.id, Action::WriteNote, Some(&id)).await?;
    tx.commit().await?;
    Ok(AppJson(note))
}

/// The author edits their own note (anyone else: 404), while the person is still theirs.
async fn edit(
    State(state): State<AppState>,
    user: CurrentUser,
    note_id: Id,
    AppJson(body): AppJson<NoteBody>,
) -> Result<AppJson<Note>> {
    access::reach(&state.db, &user, Action::WriteNote, &[Role::Counsellor]).await?;
    let note_id = note_id.as_str();
    let person: Option<String> =
        sqlx::query_scalar("SELECT person_id FROM notes WHERE id = $1 AND author_id = $2")
            .bind(note_id)
            .bind(&user.id)
            .fetch_optional(&state.db)
            .await?;
    let Some(person) = person.as_deref().and_then(Id::parse) else {
        return Err(audit::refused(
            &state.db,
            &user.id,
            Action::WriteNote,
            Some(note_id),
            Error::NotFound,
        )
        .await);
    };
    // The person must still be the author's (a counsellor who moved on edits no more).
    let (_, person) = access::person(
        &state.db,
        &user,
        Action::WriteNote,
        &person,
        &[Role::Counsellor],
    )
    .await?;
    let person = person.id;
    valid(&body)?;
    let mut tx = crate::db::begin(&state.db).await?;
    sqlx::query(
        "UPDATE notes SET goals = $1, next_steps = $2, language_training = $3, text = $4, updated_at = $5
         WHERE id = $6",
    )
    .bind(&body.goals)
    .bind(&body.next_steps)
    .bind(&body.language_training)
    .bind(&body.text)
    .bind(crate::now_unix())
    .bind(note_id)
    .execute(&mut *tx)
    .await?;
    let updated = sqlx::query(
        "SELECT id, author_id, created_at, updated_at, goals, next_steps, language_training, text
         FROM notes WHERE id = $1",
    )
    .bind(note_id)
    .fetch_one(&mut *tx)
    .await
    .map(note)??;
    let updated = Note {
        mine: true,
        ..updated
    };
    audit::allowed(&mut *tx, &user.id, Action::WriteNote, Some(&person)).await?;
    tx.commit().await?;
    Ok(AppJson(updated))
}
