"use client";
// The exam's countdown to the server's deadline. The browser's clock is only
// used to tick: its offset from the server's clock is measured at page load.
// At 30/10/5 minutes the clock changes colour and a sentence is announced.
import { useEffect, useRef, useState } from "react";
import { formatLeft, millisecondsLeft, warningLevel, warningText } from "./countdown";

interface ExamCountdownProps {
  deadline: string;
  serverNow: string;
  onExpired: () => void;
}

export function ExamCountdown({ deadline, serverNow, onExpired }: ExamCountdownProps) {
  // Measured once, on the first render in the browser (the server rendered serverNow).
  const [offset] = useState(() => Date.parse(serverNow) - Date.now());
  const [left, setLeft] = useState(() => millisecondsLeft(deadline, Date.parse(serverNow), 0));
  const [announcement, setAnnouncement] = useState("");
  const announced = useRef<number | undefined>(warningLevel(left));
  const expired = useRef(false);
  const onExpiredRef = useRef(onExpired);
  useEffect(() => {
    onExpiredRef.current = onExpired;
  }, [onExpired]);

  useEffect(() => {
    const tick = () => {
      const ms = millisecondsLeft(deadline, Date.now(), offset);
      setLeft(ms);
      const level = warningLevel(ms);
      if (level !== undefined && level !== announced.current && ms > 0) {
        announced.current = level;
        setAnnouncement(warningText(level));
      }
      if (ms === 0 && !expired.current) {
        expired.current = true;
        setAnnouncement("The exam has ended.");
        onExpiredRef.current();
      }
    };
    tick();
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [deadline, offset]);

  const level = warningLevel(left);
  return (
    <div className={`countdown${level ? ` countdown-warn-${level}` : ""}${left === 0 ? " countdown-ended" : ""}`}>
      <span className="countdown-label">Time left</span>
      <time className="countdown-time" dateTime={deadline} data-testid="countdown" aria-label={`Time left: ${formatLeft(left)}`}>
        {formatLeft(left)}
      </time>
      <span className="sr-only" role="status" aria-live="assertive">
        {announcement}
      </span>
      {level && left > 0 ? (
        <span className="countdown-warning" aria-hidden="true">
          {level === 5 ? "Under 5 minutes" : `Under ${level} minutes`}
        </span>
      ) : null}
    </div>
  );
}
