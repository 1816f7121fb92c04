// The Zoho side of the embedded-app SDK protocol, for the browser tests. Records every request it got in window.sdkLog.
(function () {
  var q = new URLSearchParams(location.search);
  var widgetUrl = new URL(q.get('widget'));
  widgetUrl.searchParams.set('serviceOrigin', location.origin);
  var frame = document.getElementById('widget');
  var widgetOrigin = widgetUrl.origin;
  window.sdkLog = [];
  var user = { id: q.get('userId'), full_name: q.get('name'), email: q.get('email'), locale: 'en_GB', zuid: '90000001' };

  function send(message) { frame.contentWindow.postMessage(message, widgetOrigin); }

  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || event.origin !== widgetOrigin) return;
    var data = event.data || {};
    window.sdkLog.push(data.eventName + (data.data && data.data.subCategory ? ':' + data.data.subCategory : ''));
    if (data.type !== 'SDK.EVENT') return;
    if (data.eventName === 'REGISTER') {
      send({ type: 'FRAMEWORK.EVENT', eventName: 'SET_CONTEXT', data: { uniqueID: 'test-widget-1', model: {}, locale: 'en_GB' } });
      send({ type: 'FRAMEWORK.EVENT', eventName: 'PageLoad', data: { Entity: 'Contacts' } });
      return;
    }
    if (data.uniqueID !== 'test-widget-1') {
      send({ type: 'FRAMEWORK.EVENT', eventName: 'EVENT_RESPONSE_FAILURE', promiseid: data.promiseid, data: 'unknown widget' });
      return;
    }
    var request = data.data || {};
    if (request.category === 'CONFIG' && request.subCategory === 'CURRENT_USER') {
      send({ type: 'FRAMEWORK.EVENT', eventName: 'EVENT_RESPONSE', promiseid: data.promiseid, data: { users: [user] } });
    } else if (request.category === 'API' && request.subCategory === 'ORG_VARIABLE') {
      send({ type: 'FRAMEWORK.EVENT', eventName: 'EVENT_RESPONSE', promiseid: data.promiseid,
        data: JSON.stringify({ Success: JSON.stringify({ Content: q.get('server') }) }) });
    } else {
      send({ type: 'FRAMEWORK.EVENT', eventName: 'EVENT_RESPONSE_FAILURE', promiseid: data.promiseid, data: 'not supported' });
    }
  });
  frame.src = widgetUrl.toString();
})();
