//! `FixtureServer`: an HTTPS (or plain HTTP) server on loopback that answers for ANY host name,
//! plus a CONNECT proxy tunnelling every target to it. Point the CLI at `proxy_url()` through
//! `HTTPS_PROXY` and at the test CA through `--ca-cert`, and real provider URLs such as
//! `https://www.googleapis.com/oauth2/v3/certs` are served from routes registered here.
//!
//! Also `Client`, a tiny blocking HTTP/1.1 client for testkit's own requests and tests.

use std::convert::Infallible;
use std::future::Future;
use std::io::{self, Read, Write};
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full};
use hyper::body::{Body, Bytes, Frame, Incoming, SizeHint};
use hyper::header::{CONTENT_LENGTH, CONTENT_TYPE, HOST, LOCATION};
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use rustls::pki_types::ServerName;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;

use crate::tls::TestCa;

/// What a route answers.
#[derive(Clone, Debug)]
pub enum Reply {
    /// 200 `application/json`.
    Json(serde_json::Value),
    /// Anything: HTML, 404, problem documents...
    Status { status: u16, content_type: String, body: Vec<u8> },
    /// `status` with a `Location` header and an empty body.
    Redirect { status: u16, location: String },
    /// Reads the request, never answers; the socket stays open until the server is dropped.
    Hang,
    /// 200 `application/json` streaming `bytes` bytes of `{"filler":"aaaa…"}` without buffering
    /// it; with `content_length` false the body is chunked (no Content-Length).
    Huge { bytes: u64, content_length: bool },
    /// Waits, then answers with `then`.
    Delay { millis: u64, then: Box<Reply> },
    /// `then` with this `Date` header instead of the real time: a server whose clock is off.
    Dated { date: String, then: Box<Reply> },
    /// Each request takes the next reply; the last one repeats (clones share the queue).
    Sequence(Arc<Mutex<Vec<Reply>>>),
    /// A reply made from the request (e.g. a redirect carrying its `state`).
    Handler(Handler),
    /// `then` with these headers added (e.g. a `Content-Encoding` nobody asked for).
    Headers { headers: Vec<(String, String)>, then: Box<Reply> },
}

/// A function from a request to its reply.
#[derive(Clone)]
pub struct Handler(pub Arc<dyn Fn(&RecordedRequest) -> Reply + Send + Sync>);

impl std::fmt::Debug for Handler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Handler")
    }
}

impl Reply {
    /// `replies` in turn, the last one for every request after.
    pub fn sequence(replies: Vec<Reply>) -> Reply {
        assert!(!replies.is_empty(), "a sequence needs a reply");
        Reply::Sequence(Arc::new(Mutex::new(replies)))
    }

    pub fn status(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply::Status { status, content_type: content_type.to_string(), body: body.into() }
    }
}

#[derive(Clone, Debug)]
pub struct RecordedRequest {
    /// Host header without port, lowercased.
    pub host: String,
    pub method: String,
    /// Path and query.
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl RecordedRequest {
    /// First header named `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }
}

pub struct FixtureServer {
    state: Arc<State>,
    scheme_base: String,
    port: u16,
    proxy_port: u16,
    // Owned per server so dropping it ends every task, hanging connections included.
    runtime: Option<tokio::runtime::Runtime>,
}

#[derive(Default)]
struct State {
    routes: Mutex<Vec<Route>>,
    requests: Mutex<Vec<RecordedRequest>>,
    connects: Mutex<Vec<String>>,
    connections: AtomicUsize,
}

struct Route {
    host: String,
    path: String,
    reply: Reply,
}

impl FixtureServer {
    /// HTTPS on 127.0.0.1:random with leaves minted by `ca` for any SNI name.
    /// `base_url()` is `https://localhost:PORT`.
    pub fn start(ca: &TestCa) -> FixtureServer {
        Self::launch(Some(TlsAcceptor::from(ca.server_config())))
    }

    /// Plain HTTP on 127.0.0.1:random (loopback `http://` issuers).
    /// `base_url()` is `http://127.0.0.1:PORT`.
    pub fn start_http() -> FixtureServer {
        Self::launch(None)
    }

    fn launch(tls: Option<TlsAcceptor>) -> FixtureServer {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("fixture-server")
            .enable_all()
            .build()
            .expect("build the fixture server's tokio runtime");
        let (server, proxy) = runtime.block_on(async {
            let bind = || TcpListener::bind("127.0.0.1:0");
            (bind().await.expect("bind fixture server"), bind().await.expect("bind fixture proxy"))
        });
        let port = server.local_addr().expect("server address").port();
        let proxy_port = proxy.local_addr().expect("proxy address").port();
        let scheme_base = match tls {
            Some(_) => format!("https://localhost:{port}"),
            None => format!("http://127.0.0.1:{port}"),
        };
        let state = Arc::new(State::default());
        runtime.spawn(serve(server, tls, state.clone()));
        runtime.spawn(run_proxy(proxy, port, state.clone()));
        FixtureServer { state, scheme_base, port, proxy_port, runtime: Some(runtime) }
    }

    /// `https://localhost:PORT` (from `start`) or `http://127.0.0.1:PORT` (from `start_http`).
    pub fn base_url(&self) -> String {
        self.scheme_base.clone()
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// `http://127.0.0.1:PPORT`: tunnels every CONNECT (any host, any port) to this server, and
    /// forwards plain absolute-form proxy requests to it as they are.
    pub fn proxy_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.proxy_port)
    }

    /// Routes by full URL: the host (port and scheme ignored) must equal the request's Host
    /// header, and the path must match; the query is compared only if `url` has one.
    /// The latest route added for a URL wins, so tests can replace replies mid-test.
    pub fn route(&self, url: &str, reply: Reply) {
        let (_, authority, path) = split_url(url);
        let route = Route { host: host_and_port(authority, 0).0, path, reply };
        self.state.routes.lock().unwrap().push(route);
    }

    /// Every request received, in order (recorded before its reply, so `Hang` ones appear too).
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.state.requests.lock().unwrap().clone()
    }

    /// TCP connections accepted by the server (tunnelled ones included): checks keep-alive reuse.
    pub fn connections(&self) -> usize {
        self.state.connections.load(Ordering::SeqCst)
    }

    /// CONNECT targets (`host:port`) the proxy received, in order.
    pub fn proxy_connects(&self) -> Vec<String> {
        self.state.connects.lock().unwrap().clone()
    }
}

impl Drop for FixtureServer {
    fn drop(&mut self) {
        // Not `drop(runtime)`: that panics when a test drops the server inside an async context.
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

impl State {
    fn reply_for(&self, host: &str, path_and_query: &str) -> Reply {
        let path = path_and_query.split('?').next().unwrap_or_default();
        let routes = self.routes.lock().unwrap();
        routes
            .iter()
            .rev()
            .find(|r| r.host == host && (r.path == path_and_query || r.path == path))
            .map(|r| r.reply.clone())
            .unwrap_or_else(|| Reply::status(404, "text/plain", "no route"))
    }
}

async fn serve(listener: TcpListener, tls: Option<TlsAcceptor>, state: Arc<State>) {
    loop {
        let Ok((tcp, _)) = listener.accept().await else { continue };
        // TLS records go out in separate writes; without this, Nagle + delayed ACK add ~40 ms.
        let _ = tcp.set_nodelay(true);
        state.connections.fetch_add(1, Ordering::SeqCst);
        let (tls, state) = (tls.clone(), state.clone());
        tokio::spawn(async move {
            match tls {
                // A failed handshake is expected when a test's client rejects our certificate.
                Some(acceptor) => {
                    if let Ok(stream) = acceptor.accept(tcp).await {
                        serve_http(stream, state).await
                    }
                }
                None => serve_http(tcp, state).await,
            }
        });
    }
}

async fn serve_http<S>(io: S, state: Arc<State>)
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let service = hyper::service::service_fn(move |req| handle(state.clone(), req));
    let _ =
        hyper::server::conn::http1::Builder::new().keep_alive(true).serve_connection(TokioIo::new(io), service).await;
}

type ResBody = BoxBody<Bytes, Infallible>;

async fn handle(state: Arc<State>, req: Request<Incoming>) -> Result<Response<ResBody>, Infallible> {
    let (parts, body) = req.into_parts();
    let authority = parts.headers.get(HOST).and_then(|h| h.to_str().ok()).or(parts.uri.host());
    let host = host_and_port(authority.unwrap_or_default(), 0).0;
    let path = parts.uri.path_and_query().map_or("/", |p| p.as_str()).to_string();
    let body = body.collect().await.map(|b| b.to_bytes().to_vec()).unwrap_or_default();
    let headers = parts
        .headers
        .iter()
        .map(|(k, v)| (k.to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
        .collect();
    let mut reply = state.reply_for(&host, &path);
    let method = parts.method.to_string();
    let request = RecordedRequest { host, method, path, headers, body };
    if let Reply::Handler(handler) = &reply {
        reply = (handler.0)(&request);
    }
    state.requests.lock().unwrap().push(request);
    Ok(respond(reply).await)
}

fn respond(reply: Reply) -> Pin<Box<dyn Future<Output = Response<ResBody>> + Send>> {
    Box::pin(async move {
        let builder = |status: u16| Response::builder().status(status);
        let response = match reply {
            Reply::Json(value) => builder(200)
                .header(CONTENT_TYPE, "application/json")
                .body(full(serde_json::to_vec(&value).expect("serialize JSON reply"))),
            Reply::Status { status, content_type, body } => {
                builder(status).header(CONTENT_TYPE, content_type).body(full(body))
            }
            Reply::Redirect { status, location } => builder(status).header(LOCATION, location).body(full(Vec::new())),
            Reply::Hang => std::future::pending().await,
            Reply::Huge { bytes, content_length } => {
                let mut response = builder(200).header(CONTENT_TYPE, "application/json");
                if content_length {
                    response = response.header(CONTENT_LENGTH, bytes);
                }
                response.body(Filler { sent: 0, total: bytes, exact: content_length }.boxed())
            }
            Reply::Delay { millis, then } => {
                tokio::time::sleep(Duration::from_millis(millis)).await;
                return respond(*then).await;
            }
            Reply::Headers { headers, then } => {
                let mut response = respond(*then).await;
                for (name, value) in headers {
                    let name = hyper::header::HeaderName::from_bytes(name.as_bytes()).expect("a header name");
                    let value = hyper::header::HeaderValue::from_str(&value).expect("a header-safe value");
                    response.headers_mut().insert(name, value);
                }
                return response;
            }
            Reply::Handler(_) => builder(500).body(full(b"a handler must not return a handler".to_vec())),
            Reply::Sequence(queue) => {
                let next = {
                    let mut queue = queue.lock().unwrap();
                    if queue.len() > 1 {
                        queue.remove(0)
                    } else {
                        queue[0].clone()
                    }
                };
                return respond(next).await;
            }
            Reply::Dated { date, then } => {
                let mut response = respond(*then).await;
                let value = hyper::header::HeaderValue::from_str(&date).expect("a header-safe date");
                response.headers_mut().insert(hyper::header::DATE, value);
                return response;
            }
        };
        response.expect("reply has a valid status and headers")
    })
}

fn full(body: Vec<u8>) -> ResBody {
    Full::new(Bytes::from(body)).boxed()
}

const PREFIX: &[u8] = b"{\"filler\":\"";
const SUFFIX: &[u8] = b"\"}";
static FILL: [u8; 64 * 1024] = [b'a'; 64 * 1024];

/// `{"filler":"aaa…"}` of exactly `total` bytes, streamed from a static buffer.
struct Filler {
    sent: u64,
    total: u64,
    exact: bool,
}

impl Body for Filler {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        let left = self.total - self.sent;
        let chunk: &'static [u8] = if left == 0 {
            return Poll::Ready(None);
        } else if self.sent == 0 {
            &PREFIX[..PREFIX.len().min(left as usize)]
        } else if left <= SUFFIX.len() as u64 {
            &SUFFIX[SUFFIX.len() - left as usize..]
        } else {
            &FILL[..(left - SUFFIX.len() as u64).min(FILL.len() as u64) as usize]
        };
        self.sent += chunk.len() as u64;
        Poll::Ready(Some(Ok(Frame::data(Bytes::from_static(chunk)))))
    }

    fn is_end_stream(&self) -> bool {
        self.sent >= self.total
    }

    fn size_hint(&self) -> SizeHint {
        // An unknown size is what makes hyper use chunked encoding.
        match self.exact {
            true => SizeHint::with_exact(self.total - self.sent),
            false => SizeHint::default(),
        }
    }
}

async fn run_proxy(listener: TcpListener, upstream_port: u16, state: Arc<State>) {
    loop {
        let Ok((client, _)) = listener.accept().await else { continue };
        tokio::spawn(tunnel(client, upstream_port, state.clone()));
    }
}

async fn tunnel(mut client: tokio::net::TcpStream, upstream_port: u16, state: Arc<State>) -> io::Result<()> {
    let mut head = Vec::new();
    let head_end = loop {
        let mut buf = [0; 4096];
        let n = client.read(&mut buf).await?;
        if n == 0 || head.len() > 64 * 1024 {
            return Ok(());
        }
        head.extend_from_slice(&buf[..n]);
        if let Some(i) = find(&head, b"\r\n\r\n") {
            break i + 4;
        }
    };
    let request_line = String::from_utf8_lossy(&head[..find(&head, b"\r\n").unwrap_or(0)]).into_owned();
    let mut words = request_line.split_whitespace();
    let mut upstream = tokio::net::TcpStream::connect(("127.0.0.1", upstream_port)).await?;
    if words.next() == Some("CONNECT") {
        state.connects.lock().unwrap().push(words.next().unwrap_or_default().to_string());
        client.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n").await?;
        // Bytes the client sent before reading our 200 (e.g. an eager ClientHello).
        upstream.write_all(&head[head_end..]).await?;
    } else {
        // An absolute-form `GET http://host/path`: the fixture server understands it as is.
        upstream.write_all(&head).await?;
    }
    tokio::io::copy_bidirectional(&mut client, &mut upstream).await?;
    Ok(())
}

/// A minimal blocking HTTP/1.1 client: one request per connection (`Connection: close`),
/// trusting only the test CA, optionally through a CONNECT proxy. For testkit itself and tests
/// that need to poke servers without the CLI.
#[derive(Clone)]
pub struct Client {
    tls: Arc<rustls::ClientConfig>,
    proxy: Option<String>,
    timeout: Duration,
}

#[derive(Clone, Debug)]
pub struct Fetched {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Fetched {
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The body as JSON; panics with the status and body if it is not.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("expected JSON ({e}), got HTTP {}: {}", self.status, self.text()))
    }
}

impl Client {
    /// Trusts only `ca`; 10 s read/write timeout.
    pub fn new(ca: &TestCa) -> Client {
        Client { tls: ca.client_config(), proxy: None, timeout: Duration::from_secs(10) }
    }

    /// Sends every request through this CONNECT proxy (`http://HOST:PORT`).
    pub fn proxy(mut self, proxy_url: &str) -> Client {
        self.proxy = Some(proxy_url.to_string());
        self
    }

    pub fn timeout(mut self, timeout: Duration) -> Client {
        self.timeout = timeout;
        self
    }

    pub fn get(&self, url: &str) -> io::Result<Fetched> {
        self.send("GET", url, &[], b"")
    }

    pub fn send(&self, method: &str, url: &str, headers: &[(&str, &str)], body: &[u8]) -> io::Result<Fetched> {
        let (scheme, authority, path) = split_url(url);
        let https = match scheme {
            "https" => true,
            "http" => false,
            _ => return Err(invalid(format!("unsupported URL {url:?}"))),
        };
        let (host, port) = host_and_port(authority, if https { 443 } else { 80 });
        let tcp = match &self.proxy {
            Some(proxy) => self.connect_via(proxy, &host, port)?,
            None => self.connect(&host, port)?,
        };
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\nContent-Length: {}\r\n",
            body.len()
        );
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        let raw = if https {
            let name = ServerName::try_from(host.clone()).map_err(|e| invalid(e.to_string()))?;
            let tls = rustls::ClientConnection::new(self.tls.clone(), name).map_err(io::Error::other)?;
            exchange(&mut rustls::StreamOwned::new(tls, tcp), head.as_bytes(), body)?
        } else {
            exchange(&mut { tcp }, head.as_bytes(), body)?
        };
        parse_response(&raw)
    }

    fn connect(&self, host: &str, port: u16) -> io::Result<std::net::TcpStream> {
        let tcp = std::net::TcpStream::connect((host, port))?;
        tcp.set_read_timeout(Some(self.timeout))?;
        tcp.set_write_timeout(Some(self.timeout))?;
        Ok(tcp)
    }

    fn connect_via(&self, proxy: &str, host: &str, port: u16) -> io::Result<std::net::TcpStream> {
        let (_, authority, _) = split_url(proxy);
        let (proxy_host, proxy_port) = host_and_port(authority, 80);
        let mut tcp = self.connect(&proxy_host, proxy_port)?;
        let target = if host.contains(':') { format!("[{host}]:{port}") } else { format!("{host}:{port}") };
        write!(tcp, "CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n\r\n")?;
        // Byte by byte so nothing after the proxy's reply head is swallowed.
        let mut reply = Vec::new();
        let mut byte = [0];
        while !reply.ends_with(b"\r\n\r\n") {
            tcp.read_exact(&mut byte)?;
            reply.push(byte[0]);
        }
        let status_line = String::from_utf8_lossy(&reply);
        if status_line.split_whitespace().nth(1) != Some("200") {
            return Err(io::Error::other(format!("proxy refused CONNECT {target}: {status_line}")));
        }
        Ok(tcp)
    }
}

fn exchange(stream: &mut (impl Read + Write), head: &[u8], body: &[u8]) -> io::Result<Vec<u8>> {
    stream.write_all(head)?;
    stream.write_all(body)?;
    stream.flush()?;
    let mut raw = Vec::new();
    match stream.read_to_end(&mut raw) {
        // Servers may close without a TLS close_notify; the body framing says whether it is whole.
        Ok(_) => Ok(raw),
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Ok(raw),
        Err(e) => Err(e),
    }
}

fn parse_response(raw: &[u8]) -> io::Result<Fetched> {
    let head_end = find(raw, b"\r\n\r\n").ok_or_else(|| invalid("response has no complete head"))?;
    let head = String::from_utf8_lossy(&raw[..head_end]);
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or_default();
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| invalid(format!("bad status line {status_line:?}")))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let rest = &raw[head_end + 4..];
    let body = if find_header(&headers, "transfer-encoding").is_some_and(|v| v.contains("chunked")) {
        dechunk(rest)?
    } else if let Some(len) = find_header(&headers, "content-length").and_then(|v| v.parse().ok()) {
        rest.get(..len).ok_or_else(|| invalid("body shorter than Content-Length"))?.to_vec()
    } else {
        rest.to_vec()
    };
    Ok(Fetched { status, headers, body })
}

fn dechunk(mut data: &[u8]) -> io::Result<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let line_end = find(data, b"\r\n").ok_or_else(|| invalid("truncated chunked body"))?;
        let size = String::from_utf8_lossy(&data[..line_end]);
        let size = size.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size, 16).map_err(|_| invalid(format!("bad chunk size {size:?}")))?;
        data = &data[line_end + 2..];
        if size == 0 {
            return Ok(body);
        }
        let chunk = data.get(..size).ok_or_else(|| invalid("truncated chunk"))?;
        body.extend_from_slice(chunk);
        data = data.get(size + 2..).unwrap_or_default();
    }
}

/// `scheme://authority/path?query` → (scheme, authority, path-and-query, "/" if empty).
fn split_url(url: &str) -> (&str, &str, String) {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let (authority, path) = rest.find(['/', '?']).map_or((rest, ""), |i| rest.split_at(i));
    let path = if path.starts_with('/') { path.to_string() } else { format!("/{path}") };
    (scheme, authority, path)
}

/// `host[:port]` or `[v6][:port]` → (lowercased host without brackets, port or `default`).
fn host_and_port(authority: &str, default: u16) -> (String, u16) {
    let (host, port) = match authority.strip_prefix('[') {
        Some(v6) => {
            let (host, rest) = v6.split_once(']').unwrap_or((v6, ""));
            (host, rest.strip_prefix(':'))
        }
        None => match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        },
    };
    (host.to_ascii_lowercase(), port.and_then(|p| p.parse().ok()).unwrap_or(default))
}

fn find_header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn invalid(message: impl Into<String>) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, message.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const AUTH0: &str = "https://dev-ltxchcls4igzho78.us.auth0.com/.well-known/openid-configuration";

    fn fixture() -> (TestCa, FixtureServer, Client) {
        let ca = TestCa::new();
        let server = FixtureServer::start(&ca);
        let client = Client::new(&ca).proxy(&server.proxy_url());
        (ca, server, client)
    }

    #[test]
    fn serves_a_real_host_name_through_the_proxy() {
        let (_ca, server, client) = fixture();
        server.route(AUTH0, Reply::Json(json!({"issuer": "https://dev-ltxchcls4igzho78.us.auth0.com/"})));

        let reply = client.get(AUTH0).unwrap();
        assert_eq!(reply.status, 200);
        assert_eq!(reply.header("content-type"), Some("application/json"));
        assert_eq!(reply.json()["issuer"], "https://dev-ltxchcls4igzho78.us.auth0.com/");
        assert_eq!(server.proxy_connects(), ["dev-ltxchcls4igzho78.us.auth0.com:443"]);
        let requests = server.requests();
        assert_eq!(requests[0].host, "dev-ltxchcls4igzho78.us.auth0.com");
        assert_eq!(
            (requests[0].method.as_str(), requests[0].path.as_str()),
            ("GET", "/.well-known/openid-configuration")
        );

        let other_host = client.get("https://www.googleapis.com/.well-known/openid-configuration").unwrap();
        assert_eq!((other_host.status, other_host.text().as_str()), (404, "no route"));
    }

    #[test]
    fn a_client_not_trusting_the_ca_is_refused() {
        let (_ca, server, _) = fixture();
        let stranger = Client::new(&TestCa::new()).proxy(&server.proxy_url());
        let err = stranger.get(AUTH0).unwrap_err();
        assert!(err.to_string().contains("certificate"), "{err}");
    }

    #[test]
    fn localhost_routes_match_direct_requests_and_record_bodies() {
        let (ca, server, _) = fixture();
        let url = format!("{}/token?x=1", server.base_url());
        server.route(&url, Reply::status(400, "application/problem+json", r#"{"title":"no"}"#));

        let reply = Client::new(&ca).send("POST", &url, &[("X-Test", "yes")], b"a=b").unwrap();
        assert_eq!(reply.status, 400);
        assert_eq!(reply.text(), r#"{"title":"no"}"#);
        let request = &server.requests()[0];
        assert_eq!((request.host.as_str(), request.path.as_str()), ("localhost", "/token?x=1"));
        assert_eq!(request.header("x-test"), Some("yes"));
        assert_eq!(request.body, b"a=b");
        assert_eq!(Client::new(&ca).get(&format!("{}/token?x=2", server.base_url())).unwrap().status, 404);
    }

    #[test]
    fn plain_http_server_and_redirects() {
        let server = FixtureServer::start_http();
        let base = server.base_url();
        server.route(&format!("{base}/old"), Reply::Redirect { status: 301, location: format!("{base}/new") });

        let reply = Client::new(&TestCa::new()).get(&format!("{base}/old")).unwrap();
        assert_eq!(reply.status, 301);
        assert_eq!(reply.header("location"), Some(format!("{base}/new").as_str()));
        assert!(reply.body.is_empty());
    }

    #[test]
    fn hang_never_answers_and_delay_answers_late() {
        let (_ca, server, client) = fixture();
        server.route("https://slow.example/hang", Reply::Hang);
        let delayed = Reply::Delay { millis: 300, then: Box::new(Reply::Json(json!(1))) };
        server.route("https://slow.example/late", delayed);

        let err = client.clone().timeout(Duration::from_millis(500)).get("https://slow.example/hang").unwrap_err();
        assert!(matches!(err.kind(), io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut), "{err}");
        assert_eq!(server.requests()[0].path, "/hang");

        let started = std::time::Instant::now();
        assert_eq!(client.get("https://slow.example/late").unwrap().json(), json!(1));
        assert!(started.elapsed() >= Duration::from_millis(300));
    }

    #[test]
    fn huge_streams_valid_json_chunked_or_with_length() {
        let (_ca, server, client) = fixture();
        let bytes = 3 * 1024 * 1024 + 7;
        server.route("https://big.example/chunked", Reply::Huge { bytes, content_length: false });
        server.route("https://big.example/sized", Reply::Huge { bytes, content_length: true });

        let chunked = client.get("https://big.example/chunked").unwrap();
        assert_eq!(chunked.header("transfer-encoding"), Some("chunked"));
        assert_eq!(chunked.body.len() as u64, bytes);
        assert!(chunked.json()["filler"].is_string());

        let sized = client.get("https://big.example/sized").unwrap();
        assert_eq!(sized.header("content-length"), Some(bytes.to_string().as_str()));
        assert_eq!(sized.body, chunked.body);
    }

    #[test]
    fn counts_connections_and_replaces_routes() {
        let (_ca, server, client) = fixture();
        server.route("https://a.example/x", Reply::Json(json!("old")));
        server.route("https://a.example/x", Reply::Json(json!("new")));
        assert_eq!(server.connections(), 0);
        for _ in 0..3 {
            assert_eq!(client.get("https://a.example/x").unwrap().json(), "new");
        }
        // `Client` closes after every request.
        assert_eq!(server.connections(), 3);
        assert_eq!(server.requests().len(), 3);
    }

    #[test]
    fn url_parsing() {
        assert_eq!(split_url("https://h.example"), ("https", "h.example", "/".to_string()));
        assert_eq!(split_url("http://h:1?q=1"), ("http", "h:1", "/?q=1".to_string()));
        assert_eq!(host_and_port("[::1]:8443", 443), ("::1".to_string(), 8443));
        assert_eq!(host_and_port("Example.COM", 443), ("example.com".to_string(), 443));
    }
}
