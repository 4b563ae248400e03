"""Django OAuth Toolkit behind HTTPS on loopback, for alter's test kit (testkit/src/dot.rs).

Usage:
  python serve.py template DB         migrate a fresh sqlite DB and add the users and clients
  python serve.py serve CERT KEY DB   serve DB (a copy of the template, which it changes);
                                      prints READY <port> once listening

Issuer https://localhost:PORT. Users (Django's login page): alice / bob, password PASSWORD.
Clients (all public; DOT allows one grant per application):
- alter-cli: authorization code (+ PKCE), redirect http://127.0.0.1/callback on any port
  (DOT follows RFC 8252's loopback rule), ID tokens RS256.
- alter-device: the device authorization grant, ID tokens RS256 configured.
- alter-unregistered: authorization code, its only redirect URI http://127.0.0.1/elsewhere.
TOKEN_LOG names a file that gets every token and device code the server hands out, one a line.
"""

import json
import os
import ssl
import sys
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer

PASSWORD = "dot-person-password-4"
HERE = os.path.dirname(os.path.abspath(__file__))
ISSUED_FIELDS = ("access_token", "refresh_token", "id_token", "device_code")


def setup_django(issuer, db, rsa_key=""):
    os.environ["DJANGO_SETTINGS_MODULE"] = "dotkit.settings"
    os.environ["DOT_ISSUER"] = issuer
    os.environ["DOT_DB"] = db
    os.environ["DOT_RSA_KEY"] = rsa_key
    sys.path.insert(0, HERE)
    import django

    django.setup()


def template(db):
    setup_django("https://localhost", db)
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from oauth2_provider.models import Application

    call_command("migrate", verbosity=0, interactive=False)
    User.objects.create_user("alice", "alice@example.com", PASSWORD, first_name="Alice", last_name="Liddell")
    User.objects.create_user("bob", "bob@example.com", PASSWORD, first_name="Bob", last_name="Builder")
    public = dict(client_type=Application.CLIENT_PUBLIC, algorithm=Application.RS256_ALGORITHM, client_secret="")
    code = Application.GRANT_AUTHORIZATION_CODE
    Application.objects.create(
        client_id="alter-cli", name="alter cli", authorization_grant_type=code,
        redirect_uris="http://127.0.0.1/callback", **public,
    )
    Application.objects.create(
        client_id="alter-device", name="alter device", authorization_grant_type=Application.GRANT_DEVICE_CODE,
        redirect_uris="", **public,
    )
    Application.objects.create(
        client_id="alter-unregistered", name="alter elsewhere", authorization_grant_type=code,
        redirect_uris="http://127.0.0.1/elsewhere", **public,
    )


def rsa_key_pem():
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def logging_tokens(app, log):
    """Wraps the WSGI app: every token in a JSON answer goes to `log`, for the tests' leak scan."""

    def wrapped(environ, start_response):
        environ["wsgi.url_scheme"] = "https"
        body = b"".join(app(environ, start_response))
        if log and body.startswith(b"{"):
            try:
                answer = json.loads(body)
            except ValueError:
                answer = {}
            issued = [answer[f] for f in ISSUED_FIELDS if isinstance(answer.get(f), str)]
            if issued:
                with open(log, "a") as out:
                    out.write("".join(f"{token}\n" for token in issued))
        return [body]

    return wrapped


class Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class QuietHandler(WSGIRequestHandler):
    timeout = 30

    def log_message(self, format, *args):
        pass


def serve(cert, key, db):
    server = Server(("127.0.0.1", 0), QuietHandler)
    port = server.server_port
    setup_django(f"https://localhost:{port}", db, rsa_key_pem())
    from django.core.wsgi import get_wsgi_application

    server.set_app(logging_tokens(get_wsgi_application(), os.environ.get("TOKEN_LOG")))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    # The handshake happens on each connection's own thread: a client that never sends its
    # hello cannot hold up the accept loop.
    server.socket = context.wrap_socket(server.socket, server_side=True, do_handshake_on_connect=False)
    print(f"READY {port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    match sys.argv[1:]:
        case ["template", db]:
            template(db)
        case ["serve", cert, key, db]:
            serve(cert, key, db)
        case _:
            sys.exit(__doc__)
