//! The local HTTP server on 127.0.0.1: the paths the platforms and the chat widget call, served by
//! the same services as on AWS, plus the stand-in for the client's endpoints. A pump beside it
//! hands queued turns to the logger, as SQS and Lambda do on AWS.
//!
//! | path | what answers |
//! |---|---|
//! | `POST /dialogflow/cx`, `POST /dialogflow/es` | the webhook (Dialogflow's request as the body) |
//! | `POST /lex/v2` | the webhook (the Lex V2 event as the body; the dev key, as Lex has IAM) |
//! | `POST /events` | the logger's chat-widget events |
//! | `POST /_local/deliveries/{endpoint}` | the stand-in for the client's endpoints |

use crate::app::Services;
use crate::inbox;
use bytes::{Bytes, BytesMut};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use shared::web::{self, HttpRequest, HttpResponse, MAX_BODY_BYTES, Refusal};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinSet;

/// The paths served, for the 404 message.
const PATHS: &str = "POST /dialogflow/cx, /dialogflow/es, /lex/v2 or /events";
/// How often the pump looks at an empty queue.
const PUMP_INTERVAL: Duration = Duration::from_millis(100);

/// A running server; [`Server::stop`] ends it.
pub struct Server {
    pub address: SocketAddr,
    shutdown: watch::Sender<bool>,
    tasks: JoinSet<()>,
}

impl Server {
    /// Serves `services` on `listener`, and pumps the queue, until stopped.
    pub fn start(listener: TcpListener, services: Arc<Services>) -> std::io::Result<Self> {
        let address = listener.local_addr()?;
        let (shutdown, stopped) = watch::channel(false);
        let mut tasks = JoinSet::new();
        tasks.spawn(accept(listener, Arc::clone(&services), stopped.clone()));
        tasks.spawn(pump(services, stopped));
        Ok(Self { address, shutdown, tasks })
    }

    /// Stops accepting, lets the pump finish its batch, and closes open connections.
    pub async fn stop(mut self) {
        let _ = self.shutdown.send(true);
        while self.tasks.join_next().await.is_some() {}
    }
}

async fn accept(listener: TcpListener, services: Arc<Services>, mut stopped: watch::Receiver<bool>) {
    let mut connections = JoinSet::new();
    loop {
        let (stream, peer) = tokio::select! {
            _ = stopped.changed() => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(err) => {
                    tracing::warn!(error = %err, "could not accept a connection");
                    continue;
                }
            },
        };
        let services = Arc::clone(&services);
        connections.spawn(async move {
            let service = service_fn(move |request| {
                let services = Arc::clone(&services);
                async move { Ok::<_, std::convert::Infallible>(answer(&services, request, peer).await) }
            });
            if let Err(err) =
                hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), service).await
            {
                tracing::debug!(error = %err, "connection ended with an error");
            }
        });
    }
    connections.shutdown().await;
}

async fn pump(services: Arc<Services>, mut stopped: watch::Receiver<bool>) {
    loop {
        match services.pump().await {
            Ok(0) => {}
            Ok(_) => continue,
            Err(err) => tracing::error!(error = %err, "could not hand queued turns to the logger"),
        }
        tokio::select! {
            _ = stopped.changed() => break,
            () = tokio::time::sleep(PUMP_INTERVAL) => {}
        }
    }
}

async fn answer(
    services: &Services,
    request: hyper::Request<Incoming>,
    peer: SocketAddr,
) -> hyper::Response<Full<Bytes>> {
    let (parts, body) = request.into_parts();
    let response = match read_body(body).await {
        Ok(body) => {
            let request = HttpRequest {
                method: parts.method,
                path: parts.uri.path().to_owned(),
                headers: parts.headers,
                body,
                client_ip: Some(peer.ip()),
            };
            route(services, &request).await
        }
        Err(_) => HttpResponse::json(
            400,
            &serde_json::json!({"error": {"code": "bad_request", "message": "the request body could not be read"}}),
        ),
    };
    let mut builder = hyper::Response::builder().status(response.status);
    for (name, value) in &response.headers {
        builder = builder.header(*name, value);
    }
    builder.body(Full::new(Bytes::from(response.body))).unwrap_or_else(|_| {
        let mut fallback = hyper::Response::new(Full::new(Bytes::new()));
        *fallback.status_mut() = http::StatusCode::INTERNAL_SERVER_ERROR;
        fallback
    })
}

/// The body, cut off one byte past the limit: enough for the services to refuse it with 413.
async fn read_body(mut body: Incoming) -> Result<Bytes, hyper::Error> {
    let mut buffer = BytesMut::new();
    while let Some(frame) = body.frame().await {
        if let Ok(data) = frame?.into_data() {
            buffer.extend_from_slice(&data);
            if buffer.len() > MAX_BODY_BYTES {
                buffer.truncate(MAX_BODY_BYTES + 1);
                break;
            }
        }
    }
    Ok(buffer.freeze())
}

async fn route(services: &Services, request: &HttpRequest) -> HttpResponse {
    match request.path.trim_end_matches('/') {
        "/dialogflow/cx" | "/dialogflow/es" => services.webhook.http(request).await,
        "/lex/v2" => {
            if let Err(refusal) = web::admit(request, &services.key) {
                return HttpResponse::error(&refusal);
            }
            match services.webhook.lex(&request.body).await {
                Ok(reply) => HttpResponse::json(200, &reply),
                Err(err) => HttpResponse::error(&err),
            }
        }
        "/events" => services.logger.event(request).await,
        path if path.starts_with(inbox::PATH_PREFIX) => {
            if request.method != http::Method::POST {
                return HttpResponse::error(&Refusal::MethodNotAllowed);
            }
            services.inbox.receive(request)
        }
        _ => HttpResponse::error(&Refusal::NotFound(PATHS)),
    }
}
