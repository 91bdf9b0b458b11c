//! A plain HTTP/1.1 client for the few requests xtask makes to a server it started on this
//! machine (logging in, reading ids): one request per connection, no TLS, no redirects.

use anyhow::{bail, Context};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// One answer: its status, headers (names in lower case) and body.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body as JSON, if the answer was a success.
    pub fn json(&self) -> anyhow::Result<serde_json::Value> {
        if !(200..300).contains(&self.status) {
            bail!("answered {}: {}", self.status, self.body);
        }
        serde_json::from_str(&self.body).context("Failed to read a JSON answer")
    }
}

/// Sends `method path` to `base` (`http://127.0.0.1:PORT`) with these extra headers and, if
/// given, a JSON body.
pub fn request(
    base: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    json: Option<&serde_json::Value>,
) -> anyhow::Result<Answer> {
    let host = base
        .strip_prefix("http://")
        .context("only http:// is spoken here")?;
    let mut stream =
        TcpStream::connect(host).with_context(|| format!("Failed to connect to {host}"))?;
    stream.set_read_timeout(Some(Duration::from_secs(60)))?;
    let body = json.map(|j| j.to_string()).unwrap_or_default();
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if json.is_some() {
        head.push_str("Content-Type: application/json\r\n");
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    stream.write_all(head.as_bytes())?;
    stream.write_all(body.as_bytes())?;
    let mut raw = vec![];
    stream
        .read_to_end(&mut raw)
        .with_context(|| format!("Failed to read the answer to {method} {path}"))?;
    parse(&raw).with_context(|| format!("A malformed answer to {method} {path}"))
}

fn parse(raw: &[u8]) -> anyhow::Result<Answer> {
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .context("no end of headers")?;
    let head = String::from_utf8_lossy(&raw[..split]);
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .context("no status line")?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    let chunked = headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.eq_ignore_ascii_case("chunked"));
    if chunked {
        body = dechunk(&body)?;
    }
    Ok(Answer {
        status,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

/// The body of a `Transfer-Encoding: chunked` answer.
fn dechunk(mut rest: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut out = vec![];
    loop {
        let end = rest
            .windows(2)
            .position(|w| w == b"\r\n")
            .context("a chunk without its size")?;
        let size = String::from_utf8_lossy(&rest[..end]);
        let size = usize::from_str_radix(size.split(';').next().unwrap_or("").trim(), 16)
            .context("a chunk size that is not hex")?;
        if size == 0 {
            return Ok(out);
        }
        let data = rest
            .get(end + 2..end + 2 + size)
            .context("a chunk cut short")?;
        out.extend_from_slice(data);
        rest = rest.get(end + 4 + size..).unwrap_or_default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_is_read_with_its_headers_and_body_plain_or_chunked() {
        let plain = parse(b"HTTP/1.1 200 OK\r\nSet-Cookie: a=b; Path=/\r\n\r\n{\"x\":1}").unwrap();
        assert_eq!(plain.status, 200);
        assert_eq!(plain.header("set-cookie"), Some("a=b; Path=/"));
        assert_eq!(plain.json().unwrap()["x"], 1);
        let chunked =
            parse(b"HTTP/1.1 404 Not Found\r\ntransfer-encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n")
                .unwrap();
        assert_eq!((chunked.status, chunked.body.as_str()), (404, "abcde"));
        assert!(chunked.json().is_err());
    }
}
