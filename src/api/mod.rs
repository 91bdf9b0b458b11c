//! Talking to the server, same origin, under `/api`.

use evne_model::SubmissionRecord;
use gloo::net::http::Request;

/// Sends one submission. `Some(status)` is the server's answer; `None` means no answer came
/// (offline, connection reset), which the sync plan treats as "retry".
pub async fn send_submission(record: &SubmissionRecord) -> Option<u16> {
    let request = Request::post("/api/submissions").json(record).ok()?;
    request.send().await.ok().map(|response| response.status())
}
