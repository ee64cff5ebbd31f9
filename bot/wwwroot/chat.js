// CareerBot's chat widget: starts Web Chat (window.WebChat, from /webchat/webchat.js) in every element
// with the data-careerbot attribute. The token comes from the bot's own /api/webchat/token, which also
// says which Direct Line to use (this bot's own, or Azure's) and whether to use the WebSocket.
// Add ?transport=polling to the page address to make Web Chat poll instead of using the WebSocket.
(function () {
  'use strict';

  var script = document.currentScript;
  var botUrl = script && script.src ? new URL(script.src).origin : window.location.origin;

  var styleOptions = {
    accent: '#003a70',
    backgroundColor: '#ffffff',
    subtle: '#3d3d3d',
    primaryFont: 'Arial, "Helvetica Neue", Helvetica, sans-serif',
    fontSizeSmall: '85%',
    paddingRegular: 12,
    paddingWide: 16,
    bubbleBackground: '#ffffff',
    bubbleBorderColor: '#1a1a1a',
    bubbleBorderRadius: 8,
    bubbleBorderWidth: 2,
    bubbleTextColor: '#000000',
    bubbleFromUserBackground: '#003a70',
    bubbleFromUserBorderColor: '#003a70',
    bubbleFromUserBorderRadius: 8,
    bubbleFromUserBorderWidth: 2,
    bubbleFromUserTextColor: '#ffffff',
    bubbleMaxWidth: 640,
    bubbleMinHeight: 44,
    richCardWrapTitle: true,
    suggestedActionLayout: 'flow',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#003a70',
    suggestedActionBorderRadius: 8,
    suggestedActionBorderWidth: 2,
    suggestedActionTextColor: '#003a70',
    suggestedActionHeight: 48,
    sendBoxBackground: '#ffffff',
    sendBoxTextColor: '#000000',
    sendBoxPlaceholderColor: '#3d3d3d',
    sendBoxButtonColor: '#003a70',
    sendBoxHeight: 56,
    sendBoxBorderTop: 'solid 2px #1a1a1a',
    hideUploadButton: true,
    timestampColor: '#3d3d3d'
  };

  // Web Chat's carousel (attachmentLayout "carousel") puts the message's text inside the strip of cards
  // that scrolls sideways, and lets that text grow to bubbleMaxWidth however narrow the chat is: on a phone
  // the text runs past the edge, and only part of one card shows. A chat narrower than the carousel needs
  // shows the cards one under another instead, as Web Chat shows a single card; a wide chat keeps the
  // carousel. The activities stay as the bot sent them (Teams, the Emulator and SMS get the same).
  // The carousel needs its widest text, a padding either side, and room for a scroll bar.
  var carouselMinWidth = styleOptions.bubbleMaxWidth + 4 * styleOptions.paddingRegular;

  function cardsOneUnderAnother() {
    return function (next) {
      return function () {
        var args = Array.prototype.slice.call(arguments);
        var activity = args[0] && args[0].activity;
        if (activity && activity.attachmentLayout === 'carousel') {
          args[0] = Object.assign({}, args[0], { activity: Object.assign({}, activity, { attachmentLayout: 'list' }) });
        }
        return next.apply(null, args);
      };
    };
  }

  // Renders Web Chat in the element, and again when the element's width crosses carouselMinWidth.
  // Returns a function that stops following the width (before the element gets another chat).
  function renderFitting(props, element) {
    var narrow = null;
    function render() {
      var nowNarrow = element.clientWidth < carouselMinWidth;
      if (nowNarrow === narrow) return;
      narrow = nowNarrow;
      window.WebChat.renderWebChat(Object.assign({}, props, {
        activityMiddleware: narrow ? [cardsOneUnderAnother] : []
      }), element);
    }
    render();
    if (window.ResizeObserver) {
      var observer = new window.ResizeObserver(render);
      observer.observe(element);
      return function () { observer.disconnect(); };
    }
    window.addEventListener('resize', render);
    return function () { window.removeEventListener('resize', render); };
  }

  // A phone may reload the page, or drop it from memory while the resident looks at another app (their post
  // code, a text message): the chat then carries on in the same conversation, with its messages and answers.
  // The conversation's pass is kept for this tab only (sessionStorage), so closing the tab, or someone else
  // opening the page on a shared computer, starts a new chat. Direct Line renews the token every 15 minutes,
  // so a token kept when the page is hidden is good for at least the lifetime less 15 minutes.
  var storageKey = 'careerbot-chat';
  var renewedEvery = 15 * 60;

  function storage() {
    try {
      return window.sessionStorage;
    } catch (e) {
      return null; // storage turned off: every page load starts a new chat
    }
  }

  function readKept(key) {
    var store = storage();
    if (!store) return null;
    try {
      var kept = JSON.parse(store.getItem(key) || 'null');
      if (kept && kept.botUrl === botUrl && kept.token && kept.conversationId && kept.userId && kept.domain &&
          kept.expiresAt > Date.now() + 60 * 1000) return kept;
    } catch (e) { /* not ours, or broken: start again */ }
    forget(key);
    return null;
  }

  function keep(key, session) {
    var store = storage();
    if (!store) return;
    try {
      store.setItem(key, JSON.stringify(session));
    } catch (e) { /* full or refused: the chat still works, it just will not carry on after a reload */ }
  }

  function forget(key) {
    var store = storage();
    if (!store) return;
    try {
      store.removeItem(key);
    } catch (e) { /* nothing kept */ }
  }

  function transportFromPage() {
    var transport = new URLSearchParams(window.location.search).get('transport');
    return transport === 'polling' ? false : transport === 'websocket' ? true : null;
  }

  function say(status, text) {
    if (status) status.textContent = text;
  }

  function newSession() {
    return fetch(botUrl + '/api/webchat/token', { method: 'POST', credentials: 'omit' })
      .then(function (response) {
        if (!response.ok) throw new Error('The token request answered ' + response.status);
        return response.json();
      })
      .then(function (session) {
        return {
          botUrl: botUrl,
          token: session.token,
          conversationId: session.conversationId,
          userId: session.userId,
          domain: session.domain,
          webSocket: session.webSocket !== false,
          lifetime: session.expires_in,
          expiresAt: Date.now() + session.expires_in * 1000
        };
      });
  }

  // Direct Line's connection states (botframework-directlinejs ConnectionStatus).
  var Online = 2, ExpiredToken = 3, FailedToConnect = 4, Ended = 5;

  function start(element, status, key) {
    key = key || storageKey;
    var kept = readKept(key);
    say(status, 'Starting the chat...');
    return (kept ? Promise.resolve(kept) : newSession())
      .then(function (session) {
        var chosen = transportFromPage();
        var webSocket = chosen === null ? session.webSocket : chosen;
        var options = { domain: session.domain, token: session.token, webSocket: webSocket, pollingInterval: 1000 };
        // Carrying on: Direct Line reconnects to the conversation and sends its messages again.
        if (kept) options.conversationId = session.conversationId;
        var directLine = window.WebChat.createDirectLine(options);
        var stopFitting = renderFitting({
          directLine: directLine,
          store: window.WebChat.createStore(),
          userID: session.userId,
          locale: 'en-GB',
          styleOptions: styleOptions,
          overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: 'Type your answer here' }
        }, element);
        element.setAttribute('data-careerbot-started', webSocket ? 'websocket' : 'polling');
        element.setAttribute('data-careerbot-conversation', kept ? 'resumed' : 'new');
        say(status, '');
        keep(key, session);

        // The kept conversation could not go on (its pass ran out, or the bot no longer has its messages):
        // start a new chat rather than leave the resident with an empty or broken one.
        var online = false;
        var seen = 0;
        var replaced = false;
        var watching = [];
        function startNew() {
          if (replaced) return;
          replaced = true;
          watching.forEach(function (subscription) { subscription.unsubscribe(); });
          forget(key);
          stopFitting();
          directLine.end();
          start(element, status, key);
        }
        if (kept) {
          watching.push(directLine.activity$.subscribe(function () { seen++; }));
          watching.push(directLine.connectionStatus$.subscribe(function (state) {
            if (state === Online && !online) {
              online = true;
              window.setTimeout(function () { if (seen === 0) startNew(); }, 8000);
            } else if (!online && (state === ExpiredToken || state === FailedToConnect || state === Ended)) {
              startNew();
            }
          }));
        }

        // Keep the newest token (Direct Line renews it) when the page may go away.
        function keepNewest() {
          if (replaced || !directLine.token) return;
          if (directLine.token !== session.token) {
            session.token = directLine.token;
            session.expiresAt = Date.now() + Math.max(session.lifetime - renewedEvery, 60) * 1000;
          }
          keep(key, session);
        }
        window.addEventListener('pagehide', keepNewest);
        document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') keepNewest(); });
      })
      .catch(function (error) {
        say(status, 'Sorry, the chat could not start. Please refresh the page to try again.');
        if (window.console) window.console.error('CareerBot chat:', error);
      });
  }

  function startAll() {
    if (!window.WebChat) {
      var missing = document.querySelector('[data-careerbot-status]');
      say(missing, 'Sorry, the chat could not load. Please refresh the page to try again.');
      return;
    }
    var elements = document.querySelectorAll('[data-careerbot]');
    for (var i = 0; i < elements.length; i++) {
      var element = elements[i];
      var status = element.parentElement && element.parentElement.querySelector('[data-careerbot-status]');
      start(element, status, i === 0 ? storageKey : storageKey + '-' + i);
    }
  }

  // Inside a partner's frame (/?embed=1) the page shows the chat only.
  if (new URLSearchParams(window.location.search).get('embed') === '1' && document.body) {
    document.body.classList.add('embedded');
  }

  window.CareerBotChat = { start: start };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startAll);
  else startAll();
})();
