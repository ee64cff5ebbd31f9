// Shows this bot's real address in the code a partner copies from /embed.html.
(function () {
  'use strict';
  var blocks = document.querySelectorAll('[data-bot-url]');
  for (var i = 0; i < blocks.length; i++) {
    blocks[i].textContent = blocks[i].textContent.split('https://careerbot.example.org').join(window.location.origin);
  }
})();
