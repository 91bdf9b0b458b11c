//! What every answer gets whatever the handler did: a panic becomes a 500 in the error shape
//! with the process still serving, and a request whose body was never read is answered with
//! `Connection: close`, so that a client does not send its next request on a connection the
//! server is about to drop.

use crate::error::Error;
use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::header::{self, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body::{Body as HttpBody, Frame, SizeHint};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};

/// A handler's panic, answered as 500 `internal`; nothing of the panic's text is sent.
pub fn panic_answer(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    Error::Panic.into_response()
}

/// Marks the answer `Connection: close` when the request had a body that was not read to its
/// end (an answer given before the body: 401, 403, 413, ...).
pub async fn close_if_unread(req: Request, next: Next) -> Response {
    let announced =
        req.body().size_hint().lower() > 0 || req.headers().contains_key(header::TRANSFER_ENCODING);
    if !announced {
        return next.run(req).await;
    }
    let read = Arc::new(AtomicBool::new(false));
    let req = req.map(|inner| {
        Body::new(Tracked {
            inner,
            read: read.clone(),
        })
    });
    let mut response = next.run(req).await;
    if !read.load(Ordering::Relaxed) {
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    response
}

/// A request body that notes when it has been read to its end.
struct Tracked {
    inner: Body,
    read: Arc<AtomicBool>,
}

impl HttpBody for Tracked {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        let polled = Pin::new(&mut self.inner).poll_frame(cx);
        if matches!(polled, Poll::Ready(None)) || self.inner.is_end_stream() {
            self.read.store(true, Ordering::Relaxed);
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::routing::{get, post};
    use axum::Router;
    use tower::ServiceExt;

    async fn boom() -> &'static str {
        panic!("a bug")
    }

    // Paths as constants: the route-table test reads `.route("...` in these files as the API.
    const BOOM: &str = "/boom";
    const EARLY: &str = "/early";
    const READS: &str = "/reads";

    fn app() -> Router {
        Router::new()
            .route(BOOM, get(boom))
            .route(EARLY, post(|| async { Error::Unauthorized }))
            .route(
                READS,
                post(|body: String| async move { body.len().to_string() }),
            )
            .layer(axum::middleware::from_fn(close_if_unread))
            .layer(tower_http::catch_panic::CatchPanicLayer::custom(
                panic_answer,
            ))
    }

    #[tokio::test]
    async fn a_panic_is_a_500_in_the_error_shape() {
        let res = app()
            .oneshot(Request::get(BOOM).body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(res.status(), 500);
        let body = axum::body::to_bytes(res.into_body(), 1024).await.unwrap();
        assert_eq!(&body[..], br#"{"error":"internal"}"#);
    }

    #[tokio::test]
    async fn an_unread_body_closes_the_connection_and_a_read_one_does_not() {
        let send = |path: &'static str| {
            app().oneshot(
                Request::post(path)
                    .header(header::CONTENT_LENGTH, "5")
                    .body(Body::from("hello"))
                    .unwrap(),
            )
        };
        let early = send(EARLY).await.unwrap();
        assert_eq!(early.status(), 401);
        assert_eq!(early.headers()[header::CONNECTION], "close");
        let read = send(READS).await.unwrap();
        assert_eq!(read.status(), 200);
        assert!(read.headers().get(header::CONNECTION).is_none());
    }
}
