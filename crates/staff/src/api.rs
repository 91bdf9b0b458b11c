//! The staff screens' calls to the server. Every answer is the typed shape of
//! `evne_model::persons`; a refusal is an [`ApiError`].

use evne_model::persons::{
    Handover, Me, NewSearch, Note, NoteBody, Page, SavedSearch, Table, View,
};
use evne_model::review::{Review, ReviewBody, ReviewRow};
use evne_model::submission::ErrorBody;
use evne_model::ErrorCode;
use gloo::net::http::{Request, Response};
use serde::de::DeserializeOwned;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiError {
    /// No session, or it expired: log in again.
    Unauthorized,
    Forbidden,
    NotFound,
    Invalid,
    TooManyAttempts,
    /// No network, or the server failed.
    Unreachable,
}

impl ApiError {
    pub fn message_id(self) -> &'static str {
        match self {
            ApiError::Unauthorized => "staff-error-session",
            ApiError::Forbidden => "staff-error-forbidden",
            ApiError::NotFound => "staff-error-not-found",
            ApiError::Invalid => "staff-error-invalid",
            ApiError::TooManyAttempts => "staff-error-locked",
            ApiError::Unreachable => "staff-error-network",
        }
    }
}

/// What an answer's status means: nothing for success, else the refusal to show.
fn refusal(status: u16) -> Option<ApiError> {
    match status {
        200..=299 => None,
        401 => Some(ApiError::Unauthorized),
        403 => Some(ApiError::Forbidden),
        404 => Some(ApiError::NotFound),
        422 => Some(ApiError::Invalid),
        429 => Some(ApiError::TooManyAttempts),
        _ => Some(ApiError::Unreachable),
    }
}

/// The response, if its status is a success.
fn accepted(response: Result<Response, gloo::net::Error>) -> Result<Response, ApiError> {
    let response = response.map_err(|_| ApiError::Unreachable)?;
    match refusal(response.status()) {
        None => Ok(response),
        Some(e) => Err(e),
    }
}

/// An answer with a body.
async fn answer<T: DeserializeOwned>(
    response: Result<Response, gloo::net::Error>,
) -> Result<T, ApiError> {
    accepted(response)?
        .json()
        .await
        .map_err(|_| ApiError::Unreachable)
}

/// An answer without one (`204`).
async fn done(response: Result<Response, gloo::net::Error>) -> Result<(), ApiError> {
    accepted(response).map(|_| ())
}

/// `GET url`, its answer.
async fn get<T: DeserializeOwned>(url: &str) -> Result<T, ApiError> {
    answer(Request::get(url).send().await).await
}

/// A request without a body that answers with none (`204`).
async fn call(request: gloo::net::http::RequestBuilder) -> Result<(), ApiError> {
    done(request.send().await).await
}

/// A request with a JSON body that answers with none (`204`).
async fn call_json(
    request: gloo::net::http::RequestBuilder,
    body: &impl serde::Serialize,
) -> Result<(), ApiError> {
    let sent = request.json(body).map_err(|_| ApiError::Unreachable)?;
    done(sent.send().await).await
}

pub async fn login(username: &str, password: &str) -> Result<Me, ApiError> {
    let body = serde_json::json!({ "username": username, "password": password });
    call_json(Request::post("/api/v1/login"), &body).await?;
    me().await
}

pub async fn me() -> Result<Me, ApiError> {
    get("/api/v1/me").await
}

pub async fn logout() {
    let _ = Request::post("/api/v1/logout").send().await;
}

/// `query` is the URL query string (filters, page), already encoded.
pub async fn persons(query: &str) -> Result<Page, ApiError> {
    get(&format!("/api/v1/persons?{query}")).await
}

pub async fn person(id: &str) -> Result<View, ApiError> {
    get(&format!("/api/v1/persons/{id}")).await
}

pub async fn notes(id: &str) -> Result<Vec<Note>, ApiError> {
    get(&format!("/api/v1/persons/{id}/notes")).await
}

pub async fn add_note(id: &str, note: &NoteBody) -> Result<Note, ApiError> {
    let sent = Request::post(&format!("/api/v1/persons/{id}/notes"))
        .json(note)
        .map_err(|_| ApiError::Unreachable)?;
    answer(sent.send().await).await
}

pub async fn settle(id: &str, municipality: &str) -> Result<(), ApiError> {
    let body = serde_json::json!({ "municipality": municipality });
    call_json(
        Request::put(&format!("/api/v1/persons/{id}/settlement")),
        &body,
    )
    .await
}

/// An officer merges the record `from` into the person `into` (the same person).
pub async fn merge(into: &str, from: &str) -> Result<(), ApiError> {
    let body = serde_json::json!({ "from": from });
    call_json(
        Request::post(&format!("/api/v1/persons/{into}/merge")),
        &body,
    )
    .await
}

/// An officer keeps a conflicting record as a person of their own.
pub async fn keep_apart(id: &str) -> Result<(), ApiError> {
    call(Request::delete(&format!("/api/v1/persons/{id}/conflict"))).await
}

pub async fn stats(query: &str) -> Result<Table, ApiError> {
    get(&format!("/api/v1/stats?{query}")).await
}

/// The tablets the caller may see (reception staff: their centre's).
pub async fn devices() -> Result<Vec<evne_model::submission::Device>, ApiError> {
    get("/api/v1/devices").await
}

pub async fn revoke(id: &str) -> Result<(), ApiError> {
    call(Request::post(&format!("/api/v1/devices/{id}/revoke"))).await
}

/// The organisations of a kind (`municipality`, `reception_centre`), for officers.
pub async fn organisations(kind: &str) -> Result<Vec<evne_model::persons::Organisation>, ApiError> {
    get(&format!("/api/v1/organisations?kind={kind}")).await
}

/// The caller's centre and its resident count (reception staff).
pub async fn centre() -> Result<evne_model::persons::Centre, ApiError> {
    get("/api/v1/centre").await
}

pub async fn set_centre_residents(residents: i64) -> Result<(), ApiError> {
    let body = evne_model::persons::CentreUpdate { residents };
    call_json(Request::put("/api/v1/centre"), &body).await
}

/// Who of the caller's centre has registered (reception staff).
pub async fn residents() -> Result<Vec<evne_model::persons::Registered>, ApiError> {
    get("/api/v1/centre/residents").await
}

/// The caller's centre's recent assisted registrations (reception staff).
pub async fn assisted() -> Result<Vec<evne_model::assisted::Assisted>, ApiError> {
    get("/api/v1/assisted").await
}

/// Starts an assisted registration: the server gives its short code.
pub async fn start_assisted() -> Result<evne_model::assisted::Assisted, ApiError> {
    answer(Request::post("/api/v1/assisted").send().await).await
}

pub async fn searches() -> Result<Vec<SavedSearch>, ApiError> {
    get("/api/v1/searches").await
}

pub async fn save_search(search: &NewSearch) -> Result<SavedSearch, ApiError> {
    let sent = Request::post("/api/v1/searches")
        .json(search)
        .map_err(|_| ApiError::Unreachable)?;
    answer(sent.send().await).await
}

pub async fn delete_search(id: &str) -> Result<(), ApiError> {
    call(Request::delete(&format!("/api/v1/searches/{id}"))).await
}

/// Every settlement and how far its hand-over has come (officers).
pub async fn handovers() -> Result<Vec<Handover>, ApiError> {
    get("/api/v1/settlements").await
}

pub async fn edit_note(id: &str, note: &NoteBody) -> Result<(), ApiError> {
    call_json(Request::put(&format!("/api/v1/notes/{id}")), note).await
}

/// Staff accounts and their shield rights (admins).
pub async fn users() -> Result<Vec<evne_model::persons::User>, ApiError> {
    get("/api/v1/users").await
}

/// Allows a settlement officer to see shielded persons, or stops it (admins).
pub async fn set_shield_rights(id: &str, allowed: bool) -> Result<(), ApiError> {
    let body = evne_model::persons::ShieldRights {
        handles_shielded: allowed,
    };
    call_json(Request::put(&format!("/api/v1/users/{id}/shielded")), &body).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_answer_maps_its_status_one_way() {
        assert_eq!(refusal(200), None);
        assert_eq!(refusal(204), None);
        assert_eq!(refusal(401), Some(ApiError::Unauthorized));
        assert_eq!(refusal(403), Some(ApiError::Forbidden));
        assert_eq!(refusal(404), Some(ApiError::NotFound));
        assert_eq!(refusal(422), Some(ApiError::Invalid));
        // A throttled login says so, whether or not the call has a body.
        assert_eq!(refusal(429), Some(ApiError::TooManyAttempts));
        assert_eq!(refusal(500), Some(ApiError::Unreachable));
        assert_eq!(refusal(302), Some(ApiError::Unreachable));
    }
}

/// The languages residents asked for that the app lacks (reception staff: their centre's).
pub async fn asked_languages() -> Result<Vec<evne_model::submission::Asked>, ApiError> {
    get("/api/v1/asked-languages").await
}

/// Every locale's progress (admins).
pub async fn language_coverage() -> Result<Vec<evne_model::review::LocaleCoverage>, ApiError> {
    get("/api/v1/language-coverage").await
}

/// Registered residents as a share of the residents (officers, admins).
pub async fn registration_coverage() -> Result<evne_model::coverage::Coverage, ApiError> {
    get("/api/v1/coverage").await
}

/// ESCO occupations for a job title, best first (counsellors, officers).
pub async fn esco_occupations(title: &str) -> Result<Vec<evne_model::esco::EscoMatch>, ApiError> {
    let q = js_sys::encode_uri_component(title);
    get(&format!("/api/v1/esco/occupations?q={q}&limit=10")).await
}

/// Codes job `job` (its place in `work`) of person `id` to the ESCO occupation `esco`.
pub async fn code_job(id: &str, job: usize, esco: &str) -> Result<(), ApiError> {
    let body = evne_model::esco::JobCodeBody {
        esco: esco.to_owned(),
    };
    call_json(
        Request::put(&format!("/api/v1/persons/{id}/jobs/{job}/esco")),
        &body,
    )
    .await
}

/// Removes the ESCO code of job `job` of person `id`.
pub async fn uncode_job(id: &str, job: usize) -> Result<(), ApiError> {
    call(Request::delete(&format!(
        "/api/v1/persons/{id}/jobs/{job}/esco"
    )))
    .await
}

/// A locale's messages for review.
pub async fn review(locale: &str) -> Result<Review, ApiError> {
    get(&format!("/api/v1/review/{locale}")).await
}

/// Why a reviewer's text was refused: the field's code (`missing_variable`, ...) and the
/// server's words for the exact problem; or another refusal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    Text {
        code: ErrorCode,
        detail: String,
    },
    /// Nothing to approve: a draft, one's own review, or a stale text.
    Conflict,
    /// A recording the server would not keep: the message saying why, and the server's detail.
    Audio(&'static str, String),
    Other(ApiError),
}

/// Keeps `audio` as the recording of `message`; the row as it now stands.
pub async fn record_message(
    locale: &str,
    message: &str,
    audio: &web_sys::Blob,
) -> Result<ReviewRow, Refused> {
    let url = format!("/api/v1/review/{locale}/{message}/recording");
    let response = Request::put(&url)
        .header("Content-Type", &audio.type_())
        .body(audio)
        .map_err(|_| Refused::Other(ApiError::Unreachable))?
        .send()
        .await
        .map_err(|_| Refused::Other(ApiError::Unreachable))?;
    let why = match response.status() {
        413 => "staff-record-too-large",
        415 => "staff-record-rejected",
        422 => "staff-record-invalid",
        _ => return answer(Ok(response)).await.map_err(Refused::Other),
    };
    let body: Option<ErrorBody> = response.json().await.ok();
    let detail = body.and_then(|b| b.detail).unwrap_or_default();
    Err(Refused::Audio(why, detail))
}

/// Keeps `text` as the reviewed text of `message` (or approves it, `text` `None`); the row as
/// it now stands.
pub async fn review_message(
    locale: &str,
    message: &str,
    text: Option<&str>,
) -> Result<ReviewRow, Refused> {
    let url = format!("/api/v1/review/{locale}/{message}");
    let request = match text {
        Some(text) => Request::put(&url).json(&ReviewBody {
            text: text.to_owned(),
        }),
        None => Request::post(&format!("{url}/approval")).build(),
    };
    let response = request
        .map_err(|_| Refused::Other(ApiError::Unreachable))?
        .send()
        .await
        .map_err(|_| Refused::Other(ApiError::Unreachable))?;
    if response.status() == 422 {
        let body: ErrorBody = response
            .json()
            .await
            .map_err(|_| Refused::Other(ApiError::Invalid))?;
        let code = body.fields.first().map_or(ErrorCode::Malformed, |f| f.code);
        return Err(Refused::Text {
            code,
            detail: body.detail.unwrap_or_default(),
        });
    }
    if response.status() == 409 {
        return Err(Refused::Conflict);
    }
    answer(Ok(response)).await.map_err(Refused::Other)
}
