#!/usr/bin/env node
// A person at a browser, for `alter idp test-login` tests: set as $BROWSER, it is given the
// sign-in URL (or a device verification_uri_complete) and completes the provider's login and
// consent pages over HTTP with a cookie jar, then follows the redirect to alter's loopback
// callback. Providers: the npm oidc-provider (its development pages) and Django OAuth Toolkit
// (testkit/dot: Django's login form, DOT's authorize, device code and accept/deny pages; POSTs
// carry a Referer, as a browser's do, for Django's CSRF check over https).
//
// Environment: LOGIN_USER (default alice); LOGIN_ACTION: approve (default), deny (cancel at
// consent or abort the device confirmation), forge (first send the callback a wrong state),
// ignore (do nothing), report (sign in on "another machine": log the callback's address as
// `callback-url: URL` instead of loading it, for --flow paste); LOGIN_PASSWORD (Django OAuth
// Toolkit's login; oidc-provider takes any); LOGIN_LOG: a file to append what happened to (alter hides our output).
// Trusts the test CA through NODE_EXTRA_CA_CERTS.
import fs from 'node:fs';

const [start] = process.argv.slice(2);
const user = process.env.LOGIN_USER || 'alice';
const action = process.env.LOGIN_ACTION || 'approve';
const log = (line) => { if (process.env.LOGIN_LOG) fs.appendFileSync(process.env.LOGIN_LOG, `${line}\n`); };
const jar = new Map();

const keep = (response) => {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(';');
    const at = pair.indexOf('=');
    const name = pair.slice(0, at).trim();
    if (/expires=Thu, 01 Jan 1970/i.test(cookie)) jar.delete(name); else jar.set(name, pair.slice(at + 1));
  }
};

const isCallback = (url) => url.hostname === '127.0.0.1' && url.pathname === '/callback';

async function callback(url) {
  if (action === 'report') {
    log(`callback-url: ${url.href}`);
    return null;
  }
  if (action === 'forge') {
    const forged = new URL(url);
    forged.searchParams.set('state', 'forged-state');
    forged.searchParams.set('code', 'forged-code');
    log(`forged callback: HTTP ${(await fetch(forged, { redirect: 'manual' })).status}`);
  }
  const response = await fetch(url, { redirect: 'manual' });
  log(`callback: HTTP ${response.status} ${await response.text()}`);
  return null;
}

// Follows redirects by hand (cookies on each hop); stops at a page or at the callback.
async function visit(target, method = 'GET', form = undefined, referer = undefined) {
  let url = new URL(target);
  let init = { method, body: form ? new URLSearchParams(form) : undefined };
  for (let hop = 0; hop < 20; hop += 1) {
    if (isCallback(url)) return callback(url);
    const headers = { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (init.body) headers['content-type'] = 'application/x-www-form-urlencoded';
    if (init.body && referer) headers.referer = referer;
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    keep(response);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url);
      init = { method: 'GET' };
      continue;
    }
    const html = await response.text();
    log(`${init.method} ${url.pathname}: HTTP ${response.status}`);
    return { url, html };
  }
  throw new Error('too many redirects');
}

const attr = (tag, name) => (tag.match(new RegExp(`${name}="([^"]*)"`)) || [])[1];
const decode = (text) => text.replaceAll('&amp;', '&').replaceAll('&#x2F;', '/').replaceAll('&#x3D;', '=');

function form(html, url) {
  const open = html.match(/<form[^>]*>/);
  if (!open) return null;
  const body = html.slice(open.index, html.indexOf('</form>', open.index));
  const fields = {};
  for (const [input] of body.matchAll(/<input[^>]*>/g)) {
    const name = attr(input, 'name');
    if (name) fields[name] = decode(attr(input, 'value') ?? '');
  }
  // A form without an action posts back to its own page (DOT's authorize and device pages).
  const action = attr(open[0], 'action');
  return { action: new URL(action ? decode(action) : url.href, url).href, id: attr(open[0], 'id'), fields };
}

async function person() {
  if (action === 'ignore') return;
  let page = await visit(start);
  while (page) {
    const { url, html } = page;
    const found = form(html, url);
    if (!found) {
      log(`done: ${html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').slice(0, 200)}`);
      return;
    }
    if (found.fields.prompt === 'login') {
      page = await visit(found.action, 'POST', { ...found.fields, login: user, password: 'any' });
    } else if (found.fields.prompt === 'consent' && action === 'deny') {
      const abort = html.match(/href="([^"]*\/abort)"/);
      page = await visit(new URL(decode(abort[1]), url).href);
    } else if (found.fields.prompt === 'consent') {
      page = await visit(found.action, 'POST', found.fields);
    } else if (found.id === 'op.deviceConfirmForm') {
      const fields = action === 'deny' ? { ...found.fields, confirm: '', abort: 'yes' } : found.fields;
      page = await visit(found.action, 'POST', fields);
    } else if (found.id === 'op.deviceInputForm') {
      page = await visit(found.action, 'POST', { ...found.fields, user_code: url.searchParams.get('user_code') });
    } else if (found.id === 'login') {
      const login = { ...found.fields, username: user, password: process.env.LOGIN_PASSWORD ?? '' };
      page = await visit(found.action, 'POST', login, url.href);
    } else if (found.id === 'authorizationForm') {
      const { allow, ...cancel } = found.fields; // DOT: the Cancel button sends no `allow`
      page = await visit(found.action, 'POST', action === 'deny' ? cancel : found.fields, url.href);
    } else if (found.fields.csrfmiddlewaretoken !== undefined && found.fields.user_code !== undefined) {
      page = await visit(found.action, 'POST', found.fields, url.href); // DOT's device code, filled in
    } else if (html.includes('name="action" value="accept"')) {
      const choice = { ...found.fields, action: action === 'deny' ? 'deny' : 'accept' };
      page = await visit(found.action, 'POST', choice, url.href); // DOT's device accept/deny
    } else if (html.includes('document.forms[0].submit()')) {
      page = await visit(found.action, 'POST', found.fields); // what a browser's script would do
    } else {
      log(`unknown form ${found.id} at ${url.pathname}: ${html}`);
      return;
    }
  }
}

person().catch((err) => { log(`error: ${err.stack}`); process.exitCode = 1; });
