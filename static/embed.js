/* Chronoatlas embed resizer: gives each Chronoatlas iframe on this page the height its content
   asks for ({type:'chronoatlas:height',height:<px>}, see docs/embed.md). No dependencies. */
(function (w) {
	if (w.chronoatlasResizer) return;
	w.chronoatlasResizer = 1;
	var frames = w.document.getElementsByTagName('iframe');
	w.addEventListener('message', function (e) {
		var d = e.data;
		var h = d && d.type === 'chronoatlas:height' && d.height;
		if (typeof h !== 'number' || !(h > 0 && h < 1e5)) return;
		// Only the frame that sent it: another frame's message never resizes ours.
		for (var i = 0; i < frames.length; i++)
			if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(h) + 'px';
	});
	// Frames that have already told their height before this script ran: ask them again.
	for (var i = 0; i < frames.length; i++) {
		var f = frames[i].contentWindow;
		if (f) f.postMessage({ type: 'chronoatlas:measure' }, '*');
	}
})(window);
