// Last page of the widget's Zoho sign-in popup: posts the server's answer (ticket or error) to the widget window, only
// at the widget's origin the sign-in started from, then closes the popup.
(function () {
  var node = document.getElementById('contactsync-result');
  if (!node) return;
  var message = JSON.parse(node.textContent || '{}');
  if (window.opener && message.origin) {
    window.opener.postMessage(message, message.origin);
    if (!message.error) window.close();
  }
})();
