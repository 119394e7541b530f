"""A throwaway Dovecot IMAP server on loopback for the mail-log tests (Debian's `dovecot-imapd`).

Started as an ordinary user (as root: as the `dovecot` user, through runuser) with a
configuration of its own in a temporary folder: a passwd-file with one user, Maildirs in the
folder, TLS only (implicit TLS on a free port, a self-signed certificate made with openssl), and
a Sent folder that is not called "Sent" but marked \\Sent (special-use). `ServerUnavailable`
says why it could not be started, for the tests to skip with.
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import ssl
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.loopback import ServerProcess, ServerUnavailable, free_port, stderr_of

USER = "anne@conseil.example"
PASSWORD = "croatie-2026"
SENT = "Éléments envoyés"


_CONFIG = """
protocols = imap
listen = 127.0.0.1
base_dir = {folder}/run
state_dir = {folder}/state
log_path = {folder}/dovecot.log
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
first_valid_uid = {uid}
first_valid_gid = {gid}
ssl = required
ssl_cert = <{folder}/cert.pem
ssl_key = <{folder}/key.pem
auth_mechanisms = plain
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {folder}/users
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={folder}/home/%u
}}
mail_location = maildir:{folder}/home/%u/Maildir
namespace inbox {{
  inbox = yes
  separator = /
  mailbox "{sent}" {{
    special_use = \\Sent
    auto = create
  }}
  mailbox Archives {{
    auto = create
  }}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    port = {port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
"""


@dataclass
class Server(ServerProcess):
    @property
    def host(self) -> str:
        return "127.0.0.1"

    def ssl_context(self) -> ssl.SSLContext:
        """Trusts this server's own certificate only (its name is 127.0.0.1)."""
        return ssl.create_default_context(cafile=str(self.folder / "cert.pem"))


def start() -> Server:
    dovecot = shutil.which("dovecot") or "/usr/sbin/dovecot"
    if not Path(dovecot).exists():
        raise ServerUnavailable("dovecot is not installed (apt-get install dovecot-imapd)")
    if not shutil.which("openssl"):
        raise ServerUnavailable("openssl is not installed: no certificate for the test server")
    folder = Path(tempfile.mkdtemp(prefix="relnb-imap-"))
    prefix: list[str] = []
    if os.geteuid() == 0:
        if not shutil.which("runuser"):
            raise ServerUnavailable("running as root without runuser to become dovecot")
        try:
            account = pwd.getpwnam("dovecot")
        except KeyError as exc:
            raise ServerUnavailable("no dovecot user to run the server as") from exc
        prefix = ["runuser", "-u", "dovecot", "--"]
    else:
        account = pwd.getpwuid(os.geteuid())
    port = free_port()
    made = subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(folder / "key.pem"),
            "-out",
            str(folder / "cert.pem"),
        ],  # fmt: skip
        capture_output=True,
        text=True,
        check=False,
    )
    if made.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        raise ServerUnavailable(f"openssl could not make a certificate: {made.stderr[-200:]}")
    (folder / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n")
    for sub in ("run", "state", "home"):
        (folder / sub).mkdir()
    (folder / "dovecot.conf").write_text(
        _CONFIG.format(
            folder=folder,
            user=account.pw_name,
            group=grp.getgrgid(account.pw_gid).gr_name,
            uid=account.pw_uid,
            gid=account.pw_gid,
            port=port,
            sent=SENT,
        )
    )
    if prefix:
        for path in [folder, *folder.rglob("*")]:
            os.chown(path, account.pw_uid, account.pw_gid)
    process = subprocess.Popen(
        [*prefix, dovecot, "-F", "-c", str(folder / "dovecot.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    server = Server(folder, port, process)

    def why() -> str:
        log = folder / "dovecot.log"
        return stderr_of(process) or (log.read_text(errors="replace") if log.exists() else "")

    server.wait_listening("dovecot", 15, why)
    return server
