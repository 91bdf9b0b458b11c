//! One error type for every handler. Internal causes are logged (without personal data) and
//! never sent to the client; the client gets one JSON shape, [`ErrorBody`].

use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use evne_model::profile::ErrorCode;
use evne_model::submission::ErrorBody;
use evne_model::FieldError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No valid session.
    #[error("not logged in")]
    Unauthorized,
    /// Logged in, but the role does not allow this.
    #[error("not allowed")]
    Forbidden,
    /// A submission without the token of an enrolled, not revoked tablet.
    #[error("device not enrolled")]
    DeviceNotEnrolled,
    /// Logged in with a one-time password that must be replaced first.
    #[error("password change required")]
    PasswordChangeRequired,
    /// A new password that does not meet the rules.
    #[error("weak password")]
    WeakPassword,
    #[error("not found")]
    NotFound,
    /// Too many failed logins for this username: locked for a while.
    #[error("too many attempts")]
    TooManyAttempts,
    /// The request took longer than `EVNE_REQUEST_TIMEOUT_SECONDS`; the client may retry.
    #[error("timeout")]
    Timeout,
    /// Too many requests from one tablet in a minute: it retries later.
    #[error("rate limited")]
    RateLimited,
    /// The same submission id was sent before with a different profile.
    #[error("conflicting submission")]
    Conflict,
    /// Sealed to a key this server does not have (any more).
    #[error("unknown submission key")]
    UnknownKey,
    /// Tampered, truncated or not sealed by our scheme.
    #[error("undecryptable submission")]
    Undecryptable,
    /// A well-formed body whose values break a rule (other than a profile's).
    #[error("invalid input")]
    InvalidInput,
    /// One field of a body refused, named as the JSON names it (`text`, `name`).
    #[error("invalid field")]
    InvalidField(&'static str, ErrorCode),
    /// A query string or path that does not parse.
    #[error("bad request")]
    BadRequest,
    /// A method the path does not have.
    #[error("method not allowed")]
    MethodNotAllowed,
    /// A handler panicked; the process goes on.
    #[error("panic")]
    Panic,
    #[error("invalid profile")]
    InvalidProfile(Vec<FieldError>),
    /// A reviewer's translation that breaks the Fluent rules: 422 naming the problem.
    #[error("invalid translation")]
    InvalidTranslation(evne_locales::check::Problem),
    /// A recording the tablets cannot play, too long or too large: 413, 415 or 422.
    #[error("invalid recording")]
    InvalidRecording(crate::recording::Problem),
    #[error("bad request body")]
    BadBody(#[from] JsonRejection),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        let mut detail = None;
        let (status, code, fields) = match self {
            Error::Unauthorized => (StatusCode::UNAUTHORIZED, "unauthorized", vec![]),
            Error::Forbidden => (StatusCode::FORBIDDEN, "forbidden", vec![]),
            Error::DeviceNotEnrolled => (StatusCode::UNAUTHORIZED, "device_not_enrolled", vec![]),
            Error::PasswordChangeRequired => {
                (StatusCode::FORBIDDEN, "password_change_required", vec![])
            }
            Error::WeakPassword => (StatusCode::UNPROCESSABLE_ENTITY, "weak_password", vec![]),
            Error::NotFound => (StatusCode::NOT_FOUND, "not_found", vec![]),
            Error::TooManyAttempts => (StatusCode::TOO_MANY_REQUESTS, "too_many_attempts", vec![]),
            Error::RateLimited => (StatusCode::TOO_MANY_REQUESTS, "rate_limited", vec![]),
            Error::Timeout => (StatusCode::SERVICE_UNAVAILABLE, "timeout", vec![]),
            Error::Conflict => (StatusCode::CONFLICT, "conflict", vec![]),
            Error::UnknownKey => (StatusCode::UNPROCESSABLE_ENTITY, "unknown_key", vec![]),
            Error::Undecryptable => (StatusCode::UNPROCESSABLE_ENTITY, "undecryptable", vec![]),
            Error::InvalidInput => (StatusCode::UNPROCESSABLE_ENTITY, "invalid_input", vec![]),
            Error::InvalidField(path, code) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid_input",
                vec![FieldError {
                    path: path.to_owned(),
                    code,
                }],
            ),
            Error::BadRequest => (StatusCode::BAD_REQUEST, "bad_request", vec![]),
            Error::MethodNotAllowed => {
                (StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed", vec![])
            }
            Error::Panic => {
                tracing::error!("a handler panicked");
                (StatusCode::INTERNAL_SERVER_ERROR, "internal", vec![])
            }
            Error::InvalidProfile(fields) => {
                (StatusCode::UNPROCESSABLE_ENTITY, "invalid_profile", fields)
            }
            Error::InvalidTranslation(problem) => {
                use evne_locales::check::Problem;
                let code = match &problem {
                    Problem::Empty => ErrorCode::Required,
                    Problem::TooLong => ErrorCode::TooLong,
                    Problem::ControlCharacter => ErrorCode::InvalidText,
                    Problem::Syntax(_) | Problem::NotOneMessage => ErrorCode::FluentSyntax,
                    Problem::MissingVariable(_) => ErrorCode::MissingVariable,
                    Problem::UnknownVariable(_) => ErrorCode::UnknownVariable,
                };
                detail = Some(problem.to_string());
                let field = FieldError {
                    path: "text".into(),
                    code,
                };
                (
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "invalid_translation",
                    vec![field],
                )
            }
            Error::InvalidRecording(problem) => {
                use crate::recording::Problem;
                detail = Some(problem.to_string());
                match problem {
                    Problem::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "too_large", vec![]),
                    Problem::NotAudio | Problem::Unsupported(_) | Problem::Video => (
                        StatusCode::UNSUPPORTED_MEDIA_TYPE,
                        "unsupported_audio",
                        vec![],
                    ),
                    Problem::TooLong(_) | Problem::Unreadable | Problem::Empty => (
                        StatusCode::UNPROCESSABLE_ENTITY,
                        "invalid_recording",
                        vec![],
                    ),
                }
            }
            // The rejection's own text can echo parts of the body: don't send or log it.
            Error::BadBody(rejection) => (rejection.status(), "bad_request", vec![]),
            Error::Database(err) => {
                tracing::error!(error = %err, "database error");
                (StatusCode::INTERNAL_SERVER_ERROR, "internal", vec![])
            }
            Error::Internal(err) => {
                tracing::error!(error = format!("{err:#}"), "internal error");
                (StatusCode::INTERNAL_SERVER_ERROR, "internal", vec![])
            }
        };
        let body = ErrorBody {
            error: code.into(),
            fields,
            detail,
        };
        (status, Json(body)).into_response()
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
