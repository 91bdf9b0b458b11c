//! Talking to the server, same origin, under `/api`.

use evne_model::envelope::{PublicKeyRecord, SealedSubmission};
use evne_model::submission::{DeviceStatus, Enrolment, ErrorBody, LockSecret};
use evne_model::Receipt;
use gloo::net::http::Request;
use web_sys::RequestRedirect;

/// The server's answer to one submission, as far as the sync plan needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub status: u16,
    /// The `error` code of a refusal in our JSON shape (`"conflict"`, `"undecryptable"`, ...).
    pub error: Option<String>,
}

/// Sends one sealed submission with the tablet's enrolment token. `None` means no answer came (offline,
/// connection reset). A 2xx counts only when it carries our receipt for this very id and did
/// not come through a redirect: a captive portal or a proxy's page answering 200 must not make
/// the tablet forget a submission the server never stored.
pub async fn send_submission(sealed: &SealedSubmission, token: &str) -> Option<Answer> {
    let request = Request::post("/api/v1/submissions")
        .header("authorization", &format!("Bearer {token}"))
        .redirect(RequestRedirect::Error)
        .json(sealed)
        .ok()?;
    let response = request.send().await.ok()?;
    let status = response.status();
    if response.ok() {
        let acked = response
            .json::<Receipt>()
            .await
            .is_ok_and(|r| r.id == sealed.id);
        return Some(if acked {
            Answer {
                status,
                error: None,
            }
        } else {
            // Not our acknowledgement: retry later (502 stands for "something in between").
            Answer {
                status: 502,
                error: Some("not_a_receipt".into()),
            }
        });
    }
    let error = response.json::<ErrorBody>().await.ok().map(|b| b.error);
    Some(Answer { status, error })
}

/// Tells the server how this tablet's queue stands (best effort: a failure is retried with
/// the next pass anyway); whether the server took it.
pub async fn report_status(status: &DeviceStatus, token: &str) -> bool {
    let Ok(request) = Request::post("/api/v1/devices/status")
        .header("authorization", &format!("Bearer {token}"))
        .json(status)
    else {
        return false;
    };
    request.send().await.is_ok_and(|r| r.ok())
}

/// The key new submissions are sealed to, or `None` when the server cannot be reached.
pub async fn submission_key() -> Option<PublicKeyRecord> {
    let response = Request::get("/api/v1/submission-key").send().await.ok()?;
    if !response.ok() {
        return None;
    }
    response.json().await.ok()
}

/// Why enrolling this tablet did not work, for the message staff see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnrolError {
    /// Wrong username or password.
    Login,
    /// Too many failed logins: the username is locked for a while.
    Locked,
    /// The user may not enrol tablets (not reception staff of a centre), or must first change
    /// a one-time password.
    NotAllowed,
    /// No network, or the server failed.
    Unreachable,
}

impl EnrolError {
    pub fn message_id(self) -> &'static str {
        match self {
            EnrolError::Login => "tablet-enrol-failed-login",
            EnrolError::Locked => "tablet-enrol-failed-locked",
            EnrolError::NotAllowed => "tablet-enrol-failed-role",
            EnrolError::Unreachable => "tablet-enrol-failed-network",
        }
    }
}

/// Staff enrol this tablet: log in, ask for an enrolment, log out again so that no staff
/// session stays on a shared tablet (the session cookie is HttpOnly; the server deletes it).
pub async fn enrol(username: &str, password: &str) -> Result<Enrolment, EnrolError> {
    let credentials = serde_json::json!({ "username": username, "password": password });
    let login = Request::post("/api/v1/login")
        .json(&credentials)
        .map_err(|_| EnrolError::Unreachable)?
        .send()
        .await
        .map_err(|_| EnrolError::Unreachable)?;
    match login.status() {
        200 => {}
        401 => return Err(EnrolError::Login),
        429 => return Err(EnrolError::Locked),
        _ => return Err(EnrolError::Unreachable),
    }
    let enrolled = Request::post("/api/v1/devices").send().await;
    // Whatever happened, end the staff session.
    let _ = Request::post("/api/v1/logout").send().await;
    let response = enrolled.map_err(|_| EnrolError::Unreachable)?;
    match response.status() {
        200 => response.json().await.map_err(|_| EnrolError::Unreachable),
        403 => Err(EnrolError::NotAllowed),
        _ => Err(EnrolError::Unreachable),
    }
}

/// Why the server did not release this tablet's lock secret, for the message staff see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretError {
    /// Wrong username or password.
    Login,
    /// Too many failed logins: the username is locked for a while.
    Locked,
    /// Not reception staff of this tablet's centre, or a one-time password not yet changed.
    NotAllowed,
    /// The tablet is not enrolled, or was disconnected.
    Device,
    /// No network, or the server failed.
    Unreachable,
}

impl SecretError {
    pub fn message_id(self) -> &'static str {
        match self {
            SecretError::Login => "tablet-enrol-failed-login",
            SecretError::Locked => "tablet-enrol-failed-locked",
            SecretError::NotAllowed => "tablet-lock-server-failed-role",
            SecretError::Device => "tablet-lock-server-failed-device",
            SecretError::Unreachable => "tablet-enrol-failed-network",
        }
    }
}

/// The secret that opens this tablet's draft lock where the browser has no WebAuthn PRF:
/// released to the tablet's token with a staff login of its centre, in one request that
/// leaves no session behind. Kept by the caller in memory only.
pub async fn lock_secret(
    token: &str,
    username: &str,
    password: &str,
) -> Result<Vec<u8>, SecretError> {
    let credentials = serde_json::json!({ "username": username, "password": password });
    let response = Request::post("/api/v1/devices/lock-secret")
        .header("authorization", &format!("Bearer {token}"))
        .redirect(RequestRedirect::Error)
        .json(&credentials)
        .map_err(|_| SecretError::Unreachable)?
        .send()
        .await
        .map_err(|_| SecretError::Unreachable)?;
    match response.status() {
        200 => {}
        401 => {
            let body = response.json::<ErrorBody>().await.ok();
            return Err(match body.map(|b| b.error).as_deref() {
                Some("device_not_enrolled") => SecretError::Device,
                _ => SecretError::Login,
            });
        }
        403 => return Err(SecretError::NotAllowed),
        429 => return Err(SecretError::Locked),
        _ => return Err(SecretError::Unreachable),
    }
    let released: LockSecret = response
        .json()
        .await
        .map_err(|_| SecretError::Unreachable)?;
    released.bytes().ok_or(SecretError::Unreachable)
}
