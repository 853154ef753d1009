import { memo, useEffect, useRef } from 'react';
import styles from './article-view.module.css';

/**
 * How far down the article the reader is: a thin decorative bar (hidden from assistive tech,
 * never focused, never announced). A scroll-driven CSS animation moves it where supported;
 * elsewhere this script does, at most once a frame.
 */
export const ReadingProgress = memo(function ReadingProgress() {
  const barRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The stylesheet animates the bar along the page's scroll where the browser can.
    if (typeof CSS !== 'undefined' && CSS.supports('animation-timeline: scroll()')) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const root = document.documentElement;
      const total = root.scrollHeight - root.clientHeight;
      const ratio = total > 0 ? Math.min(1, Math.max(0, root.scrollTop / total)) : 1;
      barRef.current?.style.setProperty('inline-size', `${(ratio * 100).toFixed(1)}%`);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    // A filter or a settings change alters the page's height without a scroll.
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    resize?.observe(document.body);
    return () => {
      resize?.disconnect();
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, []);
  return (
    <div className={styles.progress} aria-hidden="true">
      <div ref={barRef} className={styles.progressBar} data-reading-progress />
    </div>
  );
});
