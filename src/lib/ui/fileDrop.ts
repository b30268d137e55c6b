/**
 * Drag and drop of a file onto the explorer: an attachment that shows the drop target while a
 * file is dragged over (`LocalFile.dragging`) and opens the dropped file. Drags of anything but
 * files (text, links) are left to the browser.
 */
import type { Attachment } from 'svelte/attachments';
import type { LocalFile } from '$lib/state/localFile.svelte';

function hasFiles(e: DragEvent): boolean {
	return e.dataTransfer?.types.includes('Files') ?? false;
}

/** Make an element a drop target for data files. */
export function fileDrop(files: LocalFile): Attachment<HTMLElement> {
	return (el) => {
		// dragenter/dragleave fire for every child crossed: count them to know when it left.
		let depth = 0;
		const enter = (e: DragEvent) => {
			if (!hasFiles(e)) return;
			e.preventDefault();
			depth++;
			files.dragging = true;
		};
		const over = (e: DragEvent) => {
			if (!hasFiles(e)) return;
			e.preventDefault();
			e.dataTransfer!.dropEffect = 'copy';
		};
		const leave = (e: DragEvent) => {
			if (!hasFiles(e)) return;
			depth = Math.max(0, depth - 1);
			if (depth === 0) files.dragging = false;
		};
		const drop = (e: DragEvent) => {
			if (!hasFiles(e)) return;
			e.preventDefault();
			depth = 0;
			files.dragging = false;
			const file = e.dataTransfer!.files[0];
			if (file) void files.open(file);
		};
		el.addEventListener('dragenter', enter);
		el.addEventListener('dragover', over);
		el.addEventListener('dragleave', leave);
		el.addEventListener('drop', drop);
		return () => {
			el.removeEventListener('dragenter', enter);
			el.removeEventListener('dragover', over);
			el.removeEventListener('dragleave', leave);
			el.removeEventListener('drop', drop);
		};
	};
}
