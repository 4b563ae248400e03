//! A throwaway certificate authority that mints leaf certificates on demand, so loopback servers
//! can answer TLS for any host name (`dev-x.us.auth0.com`, `www.googleapis.com`, ...) and the CLI
//! trusts them through `--ca-cert`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair, KeyUsagePurpose,
};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::CertifiedKey;
use rustls::{ClientConfig, RootCertStore, ServerConfig};

/// Names a leaf covers when the client sent no SNI (connections to an IP address).
const LOOPBACK_NAMES: &[&str] = &["127.0.0.1", "::1", "localhost"];

pub struct TestCa {
    ca: Arc<Ca>,
    pem_path: PathBuf,
    dir: tempfile::TempDir,
    files: AtomicUsize,
}

struct Ca {
    issuer: Issuer<'static, KeyPair>,
    cert_der: CertificateDer<'static>,
    pem: String,
}

impl Ca {
    /// A fresh leaf (new key) for `names`, signed by this CA: (cert, key).
    fn mint(&self, names: &[&str]) -> (rcgen::Certificate, KeyPair) {
        let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        let mut params = CertificateParams::new(names.clone())
            .unwrap_or_else(|e| panic!("cannot make a certificate for {names:?}: {e}"));
        params.distinguished_name.push(DnType::CommonName, names[0].clone());
        params.use_authority_key_identifier_extension = true;
        params.key_usages.push(KeyUsagePurpose::DigitalSignature);
        params.extended_key_usages.push(ExtendedKeyUsagePurpose::ServerAuth);
        let key = KeyPair::generate().expect("generate leaf key");
        let cert = params.signed_by(&key, &self.issuer).expect("sign leaf certificate");
        (cert, key)
    }
}

impl TestCa {
    /// A fresh CA ("alter test CA"); its certificate is written as PEM into its own temp dir.
    pub fn new() -> TestCa {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.distinguished_name.push(DnType::CommonName, "alter test CA");
        params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        let key = KeyPair::generate().expect("generate CA key");
        let cert = params.self_signed(&key).expect("self-sign CA");
        let ca = Ca { cert_der: cert.der().clone(), pem: cert.pem(), issuer: Issuer::new(params, key) };

        let dir = tempfile::tempdir().expect("temp dir for the test CA");
        let pem_path = dir.path().join("ca.pem");
        std::fs::write(&pem_path, &ca.pem).expect("write CA PEM");
        TestCa { ca: Arc::new(ca), pem_path, dir, files: AtomicUsize::new(0) }
    }

    pub fn ca_pem_path(&self) -> &Path {
        &self.pem_path
    }

    pub fn ca_pem(&self) -> &str {
        &self.ca.pem
    }

    /// Server config whose resolver mints (and caches) a leaf for whatever SNI name the client
    /// asks for; without SNI it serves a leaf for 127.0.0.1, ::1 and localhost. ALPN http/1.1.
    pub fn server_config(&self) -> Arc<ServerConfig> {
        let provider = provider();
        let resolver = MintingResolver { ca: self.ca.clone(), provider: provider.clone(), cache: Mutex::default() };
        let mut config = ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("ring supports the default TLS versions")
            .with_no_client_auth()
            .with_cert_resolver(Arc::new(resolver));
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Arc::new(config)
    }

    /// Client config trusting only this CA (for testkit's own requests).
    pub fn client_config(&self) -> Arc<ClientConfig> {
        let mut roots = RootCertStore::empty();
        roots.add(self.ca.cert_der.clone()).expect("CA certificate is valid");
        let mut config = ClientConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()
            .expect("ring supports the default TLS versions")
            .with_root_certificates(roots)
            .with_no_client_auth();
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Arc::new(config)
    }

    /// A leaf for `names` (DNS names or IP addresses) as PEM files: (certificate, PKCS#8 key).
    pub fn leaf_pem_files(&self, names: &[&str]) -> (PathBuf, PathBuf) {
        let (cert, key) = self.ca.mint(names);
        let n = self.files.fetch_add(1, Ordering::Relaxed);
        let cert_path = self.dir.path().join(format!("leaf{n}.pem"));
        let key_path = self.dir.path().join(format!("leaf{n}-key.pem"));
        std::fs::write(&cert_path, cert.pem()).expect("write leaf PEM");
        std::fs::write(&key_path, key.serialize_pem()).expect("write leaf key PEM");
        (cert_path, key_path)
    }
}

impl Default for TestCa {
    fn default() -> Self {
        TestCa::new()
    }
}

/// Always ring, never the process default, which the CLI's own dependencies may pick differently.
fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

struct MintingResolver {
    ca: Arc<Ca>,
    provider: Arc<CryptoProvider>,
    cache: Mutex<HashMap<Option<String>, Arc<CertifiedKey>>>,
}

impl std::fmt::Debug for MintingResolver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MintingResolver")
    }
}

impl ResolvesServerCert for MintingResolver {
    fn resolve(&self, hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        let sni = hello.server_name().map(str::to_ascii_lowercase);
        let mut cache = self.cache.lock().unwrap();
        if let Some(key) = cache.get(&sni) {
            return Some(key.clone());
        }
        let names = match &sni {
            Some(name) => vec![name.as_str()],
            None => LOOPBACK_NAMES.to_vec(),
        };
        let (cert, key) = self.ca.mint(&names);
        let key_der = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
        let certified = CertifiedKey::from_der(vec![cert.der().clone()], key_der, &self.provider)
            .expect("rcgen key loads into ring");
        let certified = Arc::new(certified);
        cache.insert(sni, certified.clone());
        Some(certified)
    }
}
