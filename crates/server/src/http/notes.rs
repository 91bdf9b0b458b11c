//! Counsellors' notes on a person: structured (goals, next steps, language training needs,
//! free text). Counsellors of the person's centre write them and edit their own; officers and
//! the settling municipality read them. Reads and writes are audited.

use super::{AppJson, Id};
use crate::access;
use crate::audit::{self, Action};
use crate::auth::CurrentUser;
use crate::error::{Error, Result};
use crate::store::notes;
use crate::AppState;
use axum::extract::State;
use axum::routing::{get, put};
use axum::Router;
use evne_model::persons::{Note, NoteBody};
use evne_model::Role;

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

async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    id: Id,
) -> Result<AppJson<Vec<Note>>> {
    let (_, person) = access::person(&state.db, &user, Action::ReadNotes, &id, &READERS).await?;
    let id = person.id;
    let mut tx = crate::db::begin(&state.db).await?;
    let notes = notes::of_person(&mut tx, &id, &user.id).await?;
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
        access::COUNSELLORS,
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
    notes::add(&mut tx, &id, &note).await?;
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
    access::reach(&state.db, &user, Action::WriteNote, access::COUNSELLORS).await?;
    let note_id = note_id.as_str();
    let person = notes::person_of_own(&state.db, note_id, &user.id).await?;
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
        access::COUNSELLORS,
    )
    .await?;
    let person = person.id;
    valid(&body)?;
    let mut tx = crate::db::begin(&state.db).await?;
    let updated = notes::edit(&mut tx, note_id, &body, &user.id, crate::now_unix()).await?;
    audit::allowed(&mut *tx, &user.id, Action::WriteNote, Some(&person)).await?;
    tx.commit().await?;
    Ok(AppJson(updated))
}
