//! HTTPS: a rustls (ring) server config from the user's PEM certificate chain and key.

use super::config::TlsFiles;
use std::sync::Arc;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::ServerConfig;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};

/// Reads both files; every failure names the file and what is wrong with it.
pub fn acceptor(files: &TlsFiles) -> Result<TlsAcceptor, String> {
    let read = |path: &std::path::Path| {
        std::fs::read(path).map_err(|e| {
            t!(
                "web-tls-read",
                path = path.display().to_string(),
                error = e.to_string()
            )
        })
    };
    let cert_pem = read(&files.cert)?;
    let key_pem = read(&files.key)?;
    let bad = |path: &std::path::Path, e: String| {
        t!("web-tls-bad", path = path.display().to_string(), error = e)
    };
    let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(&cert_pem)
        .collect::<Result<_, _>>()
        .map_err(|e| bad(&files.cert, e.to_string()))?;
    if chain.is_empty() {
        return Err(bad(&files.cert, "no certificate in it".into()));
    }
    let key =
        PrivateKeyDer::from_pem_slice(&key_pem).map_err(|e| bad(&files.key, e.to_string()))?;
    let mut config = ServerConfig::builder()
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .map_err(|e| bad(&files.key, e.to_string()))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(TlsAcceptor::from(Arc::new(config)))
}
