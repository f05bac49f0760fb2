// The verify page: a pasted credential is checked by talent-graph exactly as a live-verify client
// checks it (text rules, the issuer's domain, its verify endpoint); ?share=<id> shows a shared
// portfolio with each credential's status now.
'use strict';

const CLASSES = { OK: 'affirming', VERIFIED: 'affirming', EXPIRED: 'warning' };

function show(id, text) {
  document.getElementById(id).textContent = text;
}

function fail(message) {
  const error = document.getElementById('error');
  error.textContent = message;
  error.hidden = false;
}

async function problemOf(response) {
  try {
    const problem = await response.json();
    return problem.detail || problem.title || ('HTTP ' + response.status);
  } catch (e) {
    return 'HTTP ' + response.status;
  }
}

async function check(event) {
  event.preventDefault();
  document.getElementById('error').hidden = true;
  document.getElementById('result').hidden = true;
  const response = await fetch('/api/v1/checks', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: document.getElementById('credential').value })
  });
  if (!response.ok) {
    fail(await problemOf(response));
    return;
  }
  const answer = await response.json();
  show('status', answer.verified ? 'OK' : answer.status);
  show('message', answer.message);
  document.getElementById('verdict').className = 'verdict ' + (CLASSES[answer.status] || 'denying');
  show('domain', answer.domain);
  show('url', answer.url);
  show('hash', answer.hash);
  show('extracted', answer.extractedText);
  show('normalized', answer.normalizedText);
  document.getElementById('result').hidden = false;
}

async function showShared(shareId) {
  const response = await fetch('/api/v1/shared/' + encodeURIComponent(shareId));
  if (!response.ok) {
    fail(response.status === 404 ? 'This share link does not exist, or its holder withdrew it.'
                                 : await problemOf(response));
    return;
  }
  const portfolio = await response.json();
  const rows = document.querySelector('#portfolio tbody');
  rows.replaceChildren(...portfolio.credentials.map(credential => {
    const row = document.createElement('tr');
    row.dataset.hash = credential.hash;
    [credential.title || '(untitled)', credential.issuerDomain, credential.status, credential.weight.toFixed(2),
     credential.hash.substring(0, 16) + '...'].forEach((value, column) => {
      const cell = document.createElement('td');
      cell.textContent = value;
      cell.className = ['title', 'domain', 'status', 'weight', 'hash'][column];
      row.appendChild(cell);
    });
    return row;
  }));
  document.getElementById('shared').hidden = false;
}

document.getElementById('check-form').addEventListener('submit', event => {
  check(event).catch(e => fail('The check failed: ' + e.message));
});
const shareId = new URLSearchParams(window.location.search).get('share');
if (shareId) {
  showShared(shareId).catch(e => fail('Could not load the shared portfolio: ' + e.message));
}
