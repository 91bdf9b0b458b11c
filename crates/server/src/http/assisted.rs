//! Assisted registrations, for reception staff of a centre:
//! `POST /assisted` starts one (a short code, see `evne_model::assisted`); `GET /assisted` lists
//! the centre's recent ones, each marked finished once a registration arrives with its code.
//! Codes, times and staff names only: nothing of the resident.

use super::AppJson;
use crate::audit::{self, Action};
use crate::auth::CurrentUser;
use crate::error::Result;
use crate::store;
use crate::AppState;
use axum::extract::State;
use axum::routing::get;
use axum::Router;
use evne_model::assisted::{self, Assisted};
use rand::RngCore;

pub fn router() -> Router<AppState> {
    Router::new().route("/assisted", get(list).post(start))
}

/// How far back the list goes.
const LIST_DAYS: i64 = 7;

async fn start(State(state): State<AppState>, user: CurrentUser) -> Result<AppJson<Assisted>> {
    let centre = super::centre::centre_of(&state, &user, Action::StartAssisted).await?;
    let now = crate::now_unix();
    let expires_at = now + assisted::VALID_HOURS * 3600;
    let mut tx = crate::db::begin(&state.db).await?;
    // 31^6 ≈ 887 million codes: a clash is rare, but it is retried rather than trusted away.
    for _ in 0..5 {
        let mut random = [0u8; assisted::CODE_LEN];
        rand::rngs::OsRng.fill_bytes(&mut random);
        let code = assisted::code_from(random);
        let when = (now, expires_at);
        if store::assisted::start(&mut tx, &code, &centre, &user.id, when).await? {
            audit::allowed(&mut *tx, &user.id, Action::StartAssisted, None).await?;
            tx.commit().await?;
            return Ok(AppJson(Assisted {
                code,
                started_by: user.username.clone(),
                started_at: now,
                expires_at,
                finished_at: None,
            }));
        }
    }
    Err(anyhow::anyhow!("Failed to find a free assisted-registration code").into())
}

async fn list(State(state): State<AppState>, user: CurrentUser) -> Result<AppJson<Vec<Assisted>>> {
    let centre = super::centre::centre_of(&state, &user, Action::ListAssisted).await?;
    let since = crate::now_unix() - LIST_DAYS * 24 * 3600;
    let list = store::assisted::recent(&state.db, &centre, since).await?;
    Ok(AppJson(list))
}
